using Charity.Marketplace.Overview;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Home;

public sealed partial class CaseworkerHome
{
    private bool _loaded;
    private StationOverview? _overview;
    private List<(string Label, int Count)> _byCategory = [];

    [Inject]
    private HomeOverviewQueries Queries { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        if (PortalClaims.StationOf(user) is { } stationId)
        {
            _overview = await Queries.ForStationAsync(stationId);
        }

        if (_overview is not null)
        {
            _byCategory = _overview.ActiveByCategory.Select(c => (L[$"Category.{c.Category}"].Value, c.Count)).ToList();
        }

        _loaded = true;
    }
}
