namespace Charity.Matching.Geo;

/// <summary>
/// A cell of a <see cref="GeoGrid"/>. Row and column count cells of the level's size from the equator and the
/// prime meridian, so the cell one level up is found by halving both (rounding towards minus infinity).
/// </summary>
public readonly record struct GridCell(int Level, int Row, int Column)
{
    public int Level { get; } = Level is >= 0 and <= GeoGrid.MaxLevel
        ? Level
        : throw new ArgumentOutOfRangeException(nameof(Level), Level, $"A grid level lies between 0 and {GeoGrid.MaxLevel}.");

    /// <summary>The cell one level coarser that contains this one.</summary>
    public GridCell Parent => AncestorAt(Level + 1);

    /// <summary>The cell at <paramref name="level"/> (this level or coarser) that contains this one.</summary>
    public GridCell AncestorAt(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, Level);
        var shift = level - Level;
        return new GridCell(level, Row >> shift, Column >> shift);
    }
}
