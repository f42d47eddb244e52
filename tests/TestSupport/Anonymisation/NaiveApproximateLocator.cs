using Charity.Marketplace.Needs.Anonymisation;
using Charity.Matching.Geo;

namespace Charity.TestSupport.Anonymisation;

/// <summary>
/// The baseline for <see cref="ApproximateLocator"/>: the same answers, found by counting the whole population
/// again at every level for every need. For tests and benchmarks only.
/// </summary>
public sealed class NaiveApproximateLocator(GeoGrid grid, IEnumerable<GridCell> caseFileCells, LocationAnonymityOptions? options = null)
{
    private readonly GridCell[] _caseFileCells = [.. caseFileCells];
    private readonly LocationAnonymityOptions _options = options ?? new LocationAnonymityOptions();

    public ApproximateLocation Locate(GridCell householdCell, GeoPoint townshipCentre)
    {
        var coarsestLevel = grid.LevelWithCellsOfAtLeast(_options.CoarsestCellKm);
        for (var level = 0; level <= coarsestLevel; level++)
        {
            var cell = householdCell.AncestorAt(level);
            var households = 0;
            foreach (var caseFileCell in _caseFileCells)
            {
                if (caseFileCell.AncestorAt(level) == cell)
                {
                    households++;
                }
            }

            if (households >= _options.MinimumHouseholdsPerCell)
            {
                return ApproximateLocation.OfCell(grid, cell);
            }
        }

        return ApproximateLocation.AtTownshipCentre(townshipCentre);
    }
}
