using Charity.Marketplace.Candidates;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Volunteers;

/// <summary>Open needs near the volunteer that fit their skills and time, anonymised as every provider sees them.</summary>
public sealed partial class NearbyWork
{
    private IReadOnlyList<NearbyNeed>? _needs;

    [Inject]
    private NearbyNeeds Nearby { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _needs = PortalClaims.UserIdOf((await AuthenticationState).User) is { } userId ? await Nearby.ForVolunteerAsync(userId) : [];
    }
}
