using Charity.Marketplace.Rewards;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>Opens a new, empty budget for a sponsor; the service's problem with a field shows next to it.</summary>
public sealed partial class CreateBudgetForm
{
    private const string NameField = "name";
    private const string SponsorField = "sponsor";

    private string? _name;
    private string? _sponsor;
    private string? _created;
    private RewardResult? _result;
    private bool _busy;

    [Inject]
    private RewardBudgets Budgets { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    /// <summary>Called after a budget was created, so the page can list it.</summary>
    [Parameter]
    public EventCallback OnCreated { get; set; }

    private string? NameProblem => RewardFeedback.ProblemWith(_result, NameField);

    private string? SponsorProblem => RewardFeedback.ProblemWith(_result, SponsorField);

    private string? FormMessage => RewardFeedback.ForForm(L, _result, NameField, SponsorField);

    private async Task CreateAsync()
    {
        _busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            var createdBy = user.FindFirst(PortalClaims.DisplayName)?.Value ?? user.Identity?.Name ?? string.Empty;
            _result = await Budgets.CreateAsync(_name ?? string.Empty, _sponsor ?? string.Empty, createdBy);
            _created = null;
            if (_result.Outcome == RewardOutcome.Done)
            {
                (_created, _name, _sponsor) = (_name?.Trim(), null, null);
                await OnCreated.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
