using Charity.Marketplace.Referrals;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Components.Pages.Referrals;

/// <summary>
/// Runs a page's referral and visit commands one at a time: the buttons are disabled meanwhile, a refusal is put into
/// the person's words, and the page reloads what it shows afterwards.
/// </summary>
internal sealed class ReferralActions(IStringLocalizer localizer, Func<Task<ReferralParty?>> party, Func<Task> reload)
{
    public bool Busy { get; private set; }

    /// <summary>What the last command said, or a page's own notice; null when there is nothing to say.</summary>
    public string? Message { get; set; }

    public async Task RunAsync(Func<ReferralParty, Task<ReferralResult>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await party() is not { } acting)
        {
            return;
        }

        Busy = true;
        try
        {
            Message = ReferralMessages.Of(localizer, await command(acting));
            await reload();
        }
        finally
        {
            Busy = false;
        }
    }
}
