using Charity.Marketplace.Overview;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Providers;

/// <summary>The staff's own organisation: its status, its volunteer team and their requests, colleague invitations.</summary>
public sealed partial class MyOrganisation
{
    private bool _loaded;
    private Guid? _organisationId;
    private Guid _userId;
    private OrganisationOverview? _overview;
    private int _teamRevision;

    [Inject]
    private HomeOverviewQueries Queries { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        _userId = PortalClaims.UserIdOf(user) ?? Guid.Empty;
        _organisationId = PortalClaims.OrganisationOf(user);
        if (_organisationId is { } organisationId)
        {
            _overview = await Queries.ForOrganisationAsync(organisationId);
        }

        _loaded = true;
    }
}
