using System.Runtime.InteropServices;
using Charity.Matching.Geo;

namespace Charity.Marketplace.Needs.Anonymisation;

/// <summary>
/// Gives a need the centre of the smallest grid cell that at least k case files of the area share, so a
/// provider cannot tell the household from four others; where even the coarsest cell holds fewer, the township
/// centre. Built once from the base-level cells of the area's case files (the only location the portal keeps
/// per household); the population is expected to include the household's own file, which therefore counts.
/// </summary>
public sealed class ApproximateLocator
{
    private readonly GeoGrid _grid;
    private readonly int _minimumHouseholds;
    private readonly Dictionary<GridCell, int> _householdsPerCell = [];

    public ApproximateLocator(GeoGrid grid, IEnumerable<GridCell> caseFileCells, LocationAnonymityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(caseFileCells);
        options ??= new LocationAnonymityOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumHouseholdsPerCell, 1, nameof(options));

        _grid = grid;
        _minimumHouseholds = options.MinimumHouseholdsPerCell;
        CoarsestLevel = grid.LevelWithCellsOfAtLeast(options.CoarsestCellKm);
        foreach (var cell in caseFileCells)
        {
            ThrowIfNotBaseLevel(cell, nameof(caseFileCells));
            for (var level = 0; level <= CoarsestLevel; level++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_householdsPerCell, cell.AncestorAt(level), out _)++;
            }
        }
    }

    /// <summary>The level of the coarsest cell published before falling back to the township centre.</summary>
    public int CoarsestLevel { get; }

    public ApproximateLocation Locate(GridCell householdCell, GeoPoint townshipCentre)
    {
        ThrowIfNotBaseLevel(householdCell, nameof(householdCell));
        for (var level = 0; level <= CoarsestLevel; level++)
        {
            var cell = householdCell.AncestorAt(level);
            if (_householdsPerCell.GetValueOrDefault(cell) >= _minimumHouseholds)
            {
                return ApproximateLocation.OfCell(_grid, cell);
            }
        }

        return ApproximateLocation.AtTownshipCentre(townshipCentre);
    }

    private static void ThrowIfNotBaseLevel(GridCell cell, string parameterName)
    {
        if (cell.Level != 0)
        {
            throw new ArgumentException($"Households are located by their base-level cell, not one of level {cell.Level}.", parameterName);
        }
    }
}
