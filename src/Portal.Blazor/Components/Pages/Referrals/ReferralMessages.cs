using Charity.Marketplace.Referrals;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Components.Pages.Referrals;

/// <summary>What a refused referral or visit command says to the person, in their language.</summary>
internal static class ReferralMessages
{
    public static string? Of(IStringLocalizer l, ReferralResult result) => result.Outcome switch
    {
        ReferralOutcome.Done => null,
        ReferralOutcome.Conflict => l["Referrals.Conflict"].Value,
        ReferralOutcome.NotAllowed => l["Referrals.NotAllowed"].Value,
        ReferralOutcome.Invalid when result.Problem is { } problem => l[$"ReferralProblem.{problem.Code}"].Value,
        _ => l["Referrals.NotFound"].Value,
    };
}
