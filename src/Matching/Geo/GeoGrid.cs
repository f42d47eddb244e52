namespace Charity.Matching.Geo;

/// <summary>
/// A square grid of roughly equal-area cells, in kilometres. Latitude is cut every cell size; longitude is cut
/// every cell size measured at one reference latitude chosen for the area, so a cell's shape never depends on
/// the point asked about (equirectangular). Level n has cells of base size × 2ⁿ, and each is exactly the union
/// of four cells of level n − 1.
/// </summary>
public sealed class GeoGrid
{
    /// <summary>The coarsest level: with a 1 km base its cells are larger than the Earth.</summary>
    public const int MaxLevel = 24;

    private static readonly double KmPerDegreeOfLatitude = GeoPoint.EarthRadiusKm * Math.PI / 180;

    private readonly double _baseRowsPerDegree;
    private readonly double _baseColumnsPerDegree;

    public GeoGrid(double referenceLatitude, double baseCellKm = 1.0)
    {
        if (!double.IsFinite(referenceLatitude) || Math.Abs(referenceLatitude) > 80)
        {
            throw new ArgumentOutOfRangeException(nameof(referenceLatitude), referenceLatitude, "The reference latitude must lie between -80 and 80 degrees.");
        }

        if (!double.IsFinite(baseCellKm) || baseCellKm is < 0.01 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(baseCellKm), baseCellKm, "The base cell size must lie between 0.01 and 1000 km.");
        }

        ReferenceLatitude = referenceLatitude;
        BaseCellKm = baseCellKm;
        _baseRowsPerDegree = KmPerDegreeOfLatitude / baseCellKm;
        _baseColumnsPerDegree = KmPerDegreeOfLatitude * Math.Cos(referenceLatitude * Math.PI / 180) / baseCellKm;
    }

    public double ReferenceLatitude { get; }

    public double BaseCellKm { get; }

    /// <summary>The side of a cell of <paramref name="level"/>, in km.</summary>
    public double CellSizeKm(int level)
    {
        ThrowIfNotALevel(level);
        return BaseCellKm * (1 << level);
    }

    /// <summary>The north–south extent of a cell of <paramref name="level"/>, in degrees of latitude.</summary>
    public double CellHeightDegrees(int level)
    {
        ThrowIfNotALevel(level);
        return (1 << level) / _baseRowsPerDegree;
    }

    /// <summary>The east–west extent of a cell of <paramref name="level"/>, in degrees of longitude.</summary>
    public double CellWidthDegrees(int level)
    {
        ThrowIfNotALevel(level);
        return (1 << level) / _baseColumnsPerDegree;
    }

    /// <summary>The finest level whose cells are at least <paramref name="sizeKm"/> wide.</summary>
    public int LevelWithCellsOfAtLeast(double sizeKm)
    {
        for (var level = 0; level <= MaxLevel; level++)
        {
            if (CellSizeKm(level) >= sizeKm)
            {
                return level;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(sizeKm), sizeKm, "No level of this grid has cells that large.");
    }

    /// <summary>The cell of <paramref name="level"/> that contains <paramref name="point"/>.</summary>
    public GridCell CellOf(GeoPoint point, int level = 0)
    {
        ThrowIfNotALevel(level);

        // Coarser cells are derived from the base cell by shifting, never computed from the point again, so
        // rounding can never put a point in a parent that does not contain its base cell.
        var baseCell = new GridCell(
            0,
            (int)Math.Floor(point.Latitude * _baseRowsPerDegree),
            (int)Math.Floor(point.Longitude * _baseColumnsPerDegree));
        return baseCell.AncestorAt(level);
    }

    /// <summary>The centre of <paramref name="cell"/>, clamped to valid coordinates for cells over a pole or the antimeridian.</summary>
    public GeoPoint CentreOf(GridCell cell)
    {
        var span = (double)(1 << cell.Level);
        var latitude = (cell.Row + 0.5) * span / _baseRowsPerDegree;
        var longitude = (cell.Column + 0.5) * span / _baseColumnsPerDegree;
        return new GeoPoint(Math.Clamp(latitude, -90, 90), Math.Clamp(longitude, -180, 180));
    }

    private static void ThrowIfNotALevel(int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, MaxLevel);
    }
}
