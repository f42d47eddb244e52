using Charity.Matching.Geo;

namespace Charity.Marketplace.Needs.Anonymisation;

/// <summary>The grid that households' cells and published locations are expressed in.</summary>
public static class NeedAnonymisation
{
    /// <summary>Kilometre cells, with longitude scaled at the latitude of the middle of Weihai.</summary>
    public static GeoGrid Grid { get; } = new(referenceLatitude: 37.2, baseCellKm: 1.0);
}
