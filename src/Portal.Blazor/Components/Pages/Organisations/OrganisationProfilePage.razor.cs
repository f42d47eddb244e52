using Charity.Marketplace.Offers;
using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Organisations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Organisations;

/// <summary>
/// An organisation's public profile with its active offers; while unverified, only its own staff and the bureau find
/// it, and its offers are public only once it is verified.
/// </summary>
public sealed partial class OrganisationProfilePage
{
    private bool _loaded;
    private OrganisationProfile? _profile;
    private IReadOnlyList<PublicOffer> _offers = [];
    private PublicOffer? _selected;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private OrganisationDirectory Directory { get; set; } = null!;

    [Inject]
    private OfferDirectory Offers { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _profile = await Directory.FindAsync(OrganisationViewerOf.User((await AuthenticationState).User), Id);
        _offers = _profile is null ? [] : (await Offers.SearchAsync(OfferAccess.Public, new OfferFilter(OrganisationId: Id), 0, OfferDirectory.MaxPageSize)).Rows;
        _selected = null;
        _loaded = true;
    }
}
