using Charity.Matching.Geo;

namespace Charity.Marketplace.Needs.Anonymisation;

/// <summary>Where a published need is shown: the centre of a shared grid cell, or the township centre.</summary>
public readonly record struct ApproximateLocation
{
    private ApproximateLocation(GeoPoint centre, GridCell? cell, double? cellSizeKm)
    {
        Centre = centre;
        Cell = cell;
        CellSizeKm = cellSizeKm;
    }

    public GeoPoint Centre { get; }

    /// <summary>The published cell; none when too few households live near enough and the township centre is shown.</summary>
    public GridCell? Cell { get; }

    public double? CellSizeKm { get; }

    public bool IsTownshipCentre => Cell is null;

    public static ApproximateLocation OfCell(GeoGrid grid, GridCell cell)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return new ApproximateLocation(grid.CentreOf(cell), cell, grid.CellSizeKm(cell.Level));
    }

    public static ApproximateLocation AtTownshipCentre(GeoPoint townshipCentre) => new(townshipCentre, null, null);
}
