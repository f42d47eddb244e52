using Charity.Marketplace.Overview;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Home;

public sealed partial class ProviderHome
{
    private bool _loaded;
    private OrganisationOverview? _overview;
    private Guid? _organisationId;

    [Inject]
    private HomeOverviewQueries Queries { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        if (PortalClaims.OrganisationOf((await AuthenticationState).User) is { } organisationId)
        {
            _organisationId = organisationId;
            _overview = await Queries.ForOrganisationAsync(organisationId);
        }

        _loaded = true;
    }
}
