using Charity.Marketplace.Candidates;
using Charity.Marketplace.Referrals;
using Charity.Portal.Blazor.Referrals;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Referrals;

/// <summary>The offers ranked for one open need of the station, each with the terms of its score, and referring it to one.</summary>
public sealed partial class NeedCandidates
{
    private IReadOnlyList<OfferCandidateView>? _candidates;
    private string? _message;
    private bool _busy;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private CandidateFinder Finder { get; set; } = null!;

    [Inject]
    private ReferralCommands Referrals { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _candidates = await PartyAsync() is { } party ? await Finder.ForNeedAsync(party, Id) : [];
    }

    private async Task ReferAsync(OfferCandidateView candidate)
    {
        if (await PartyAsync() is not { } party)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Referrals.ProposeAsync(party, Id, candidate.OfferId);
            if (result.Outcome == ReferralOutcome.Done)
            {
                Navigation.NavigateTo("/referrals");
                return;
            }

            _message = ReferralMessages.Of(L, result);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<ReferralParty?> PartyAsync() => ReferralPartyOf.User((await AuthenticationState).User);
}
