using Charity.Marketplace.Candidates;
using Charity.Portal.Blazor.Referrals;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Referrals;

/// <summary>The bureau matches every open need at once: the optimal plan beside greedy, reviewed, then applied as proposals.</summary>
public sealed partial class BatchMatching
{
    private BatchPlan? _plan;
    private string? _message;
    private bool _running;
    private bool _applied;

    [Inject]
    private CandidateFinder Finder { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private async Task PlanAsync()
    {
        _running = true;
        _applied = false;
        _message = null;
        StateHasChanged();
        try
        {
            await Task.Yield();
            _plan = await Finder.PlanAsync();
        }
        finally
        {
            _running = false;
        }
    }

    private async Task ApplyAsync()
    {
        if (_plan is null || ReferralPartyOf.User((await AuthenticationState).User) is not { } bureau)
        {
            return;
        }

        _running = true;
        StateHasChanged();
        try
        {
            var proposed = await Finder.ApplyAsync(bureau, _plan.Proposals);
            _applied = true;
            _message = L["Matching.Applied", proposed, _plan.Proposals.Count].Value;
        }
        finally
        {
            _running = false;
        }
    }
}
