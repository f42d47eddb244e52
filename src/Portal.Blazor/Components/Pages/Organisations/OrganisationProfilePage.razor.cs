using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Organisations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Organisations;

/// <summary>An organisation's public profile; while unverified, only its own staff and the bureau find it.</summary>
public sealed partial class OrganisationProfilePage
{
    private bool _loaded;
    private OrganisationProfile? _profile;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private OrganisationDirectory Directory { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _profile = await Directory.FindAsync(OrganisationViewerOf.User((await AuthenticationState).User), Id);
        _loaded = true;
    }
}
