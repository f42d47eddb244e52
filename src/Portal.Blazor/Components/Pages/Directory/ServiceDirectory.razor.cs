using Charity.Marketplace.Catalog;
using Charity.Marketplace.Offers;
using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Maps;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Directory;

/// <summary>The public face of the platform: verified organisations and their current offers, as a list and on a map.</summary>
public sealed partial class ServiceDirectory
{
    private IReadOnlyList<ServiceCategory> _catalog = [];
    private IReadOnlyList<Region> _districts = [];
    private IReadOnlyList<PublicOffer> _offers = [];
    private IReadOnlyList<DirectoryOrganisation> _organisations = [];
    private IReadOnlyList<MapPoint> _references = [];
    private IReadOnlyList<MapPoint> _markers = [];
    private PublicOffer? _selected;
    private string? _category;
    private Guid? _district;
    private int _tab;
    private string _mapKey = string.Empty;

    [Inject]
    private OfferDirectory Directory { get; set; } = null!;

    [Inject]
    private ServiceCatalogQueries Catalog { get; set; } = null!;

    [Inject]
    private RegionDirectory Regions { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _catalog = await Catalog.ListAsync();
        _districts = await Regions.ListAsync(RegionLevel.District);
        _references = _districts.Select(d => new MapPoint(d.Code, d.Latitude, d.Longitude, d.Name.ToString())).ToList();
        await LoadAsync();
    }

    private Task OnCategoryChanged(string? category)
    {
        _category = category;
        return LoadAsync();
    }

    private Task OnDistrictChanged(Guid? district)
    {
        _district = district;
        return LoadAsync();
    }

    private void OnMarkerSelected(string id) => _selected = _offers.FirstOrDefault(o => o.Id.ToString() == id);

    /// <summary>The directory always shows the public view, whoever is signed in.</summary>
    private async Task LoadAsync()
    {
        var page = await Directory.SearchAsync(OfferAccess.Public, new OfferFilter(_category, _district), 0, OfferDirectory.MaxPageSize);
        _offers = page.Rows;
        _organisations = await Directory.OrganisationsAsync(_district);
        _markers = _offers.Select(o => new MapPoint(o.Id.ToString(), o.Latitude, o.Longitude, $"{o.Title} · {o.OrganisationName}")).ToList();
        _mapKey = $"{_category}|{_district}";
        _selected = null;
    }
}
