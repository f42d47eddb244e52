using Charity.Marketplace.Overview;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Points;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Home;

public sealed partial class VolunteerHome
{
    private bool _loaded;
    private VolunteerOverview? _overview;
    private long _balance;

    [Inject]
    private HomeOverviewQueries Queries { get; set; } = null!;

    [Inject]
    private SignedInVolunteer Volunteer { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        if (PortalClaims.UserIdOf(user) is { } userId)
        {
            _overview = await Queries.ForVolunteerAsync(userId);
            _balance = (await Volunteer.FindAsync(user))?.Account?.Balance ?? 0;
        }

        _loaded = true;
    }
}
