using Charity.Marketplace.Overview;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Home;

public sealed partial class VolunteerHome
{
    private bool _loaded;
    private VolunteerOverview? _overview;

    [Inject]
    private HomeOverviewQueries Queries { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        if (PortalClaims.UserIdOf((await AuthenticationState).User) is { } userId)
        {
            _overview = await Queries.ForVolunteerAsync(userId);
        }

        _loaded = true;
    }
}
