using Charity.Marketplace.Needs.Anonymisation;
using Charity.Matching.Geo;
using Charity.TestSupport.Anonymisation;
using CsCheck;

namespace Charity.Marketplace.Tests.Needs.Anonymisation;

public sealed class ApproximateLocatorTests
{
    private const int K = 5;

    private static readonly GeoGrid Grid = new(referenceLatitude: 37.2, baseCellKm: 1.0);
    private static readonly GeoPoint WendengTownship = new(37.19, 122.06);
    private static readonly GridCell Home = Grid.CellOf(new GeoPoint(37.2004, 122.0512));

    /// <summary>
    /// Populations of 1 to 120 files, half spread over a 48 × 48 km patch around row and column zero (where the
    /// signs of the coordinates change) and half crowded into its central 4 × 4 km, and one household in each.
    /// </summary>
    private static readonly Gen<(GridCell[] Population, int Household)> PopulationAndHousehold =
        Gen.Frequency((1, BaseCellsWithin(24)), (1, BaseCellsWithin(2)))
            .Array[1, 120]
            .SelectMany(population => Gen.Int[0, population.Length - 1].Select(household => (population, household)));

    private static Gen<GridCell> BaseCellsWithin(int cellsFromTheCentre) =>
        Gen.Select(Gen.Int[-cellsFromTheCentre, cellsFromTheCentre - 1], Gen.Int[-cellsFromTheCentre, cellsFromTheCentre - 1], (row, column) => new GridCell(0, row, column));

    [Fact]
    public void Locate_FiveFilesInTheHouseholdsCell_GivesThatCellsCentre()
    {
        var locator = new ApproximateLocator(Grid, Enumerable.Repeat(Home, 5));

        var location = locator.Locate(Home, WendengTownship);

        Assert.Equal(Home, location.Cell);
        Assert.Equal(Grid.CentreOf(Home), location.Centre);
        Assert.Equal(1.0, location.CellSizeKm);
        Assert.False(location.IsTownshipCentre);
    }

    [Fact]
    public void Locate_FourFilesInTheHouseholdsCell_CoarsensUntilFiveShareACell()
    {
        var neighbour = Home with { Row = Home.Row ^ 1 };
        var nextButOne = Home with { Row = Home.Row ^ 2, Column = Home.Column ^ 2 };
        var locator = new ApproximateLocator(Grid, [.. Enumerable.Repeat(Home, 4), nextButOne]);

        var location = locator.Locate(Home, WendengTownship);

        Assert.Equal(Home.AncestorAt(2), location.Cell);
        Assert.Equal(4.0, location.CellSizeKm);
        Assert.Equal(Home.AncestorAt(1), new ApproximateLocator(Grid, [.. Enumerable.Repeat(Home, 4), neighbour]).Locate(Home, WendengTownship).Cell);
    }

    [Fact]
    public void Locate_IsolatedHousehold_GivesTheTownshipCentre()
    {
        var farAway = Grid.CellOf(new GeoPoint(36.92, 121.54));
        var locator = new ApproximateLocator(Grid, [Home, .. Enumerable.Repeat(farAway, 50)]);

        var location = locator.Locate(Home, WendengTownship);

        Assert.True(location.IsTownshipCentre);
        Assert.Null(location.Cell);
        Assert.Equal(WendengTownship, location.Centre);
    }

    [Fact]
    public void Locate_FilesJustWithinTheCoarsestCell_StillGivesACell()
    {
        var locator = new ApproximateLocator(Grid, [Home, .. Enumerable.Repeat(Home with { Row = Home.Row ^ 8 }, 4)]);

        var location = locator.Locate(Home, WendengTownship);

        Assert.Equal(4, locator.CoarsestLevel);
        Assert.Equal(Home.AncestorAt(4), location.Cell);
        Assert.Equal(16.0, location.CellSizeKm);
    }

    [Fact]
    public void Locate_LargerK_CoarsensFurther()
    {
        var options = new LocationAnonymityOptions { MinimumHouseholdsPerCell = 10, CoarsestCellKm = 32 };
        var locator = new ApproximateLocator(Grid, [.. Enumerable.Repeat(Home, 9), Home with { Column = Home.Column ^ 16 }], options);

        Assert.Equal(Home.AncestorAt(5), locator.Locate(Home, WendengTownship).Cell);
    }

    [Fact]
    public void Constructor_CellAboveTheBaseLevel_Throws() =>
        Assert.Throws<ArgumentException>(() => new ApproximateLocator(Grid, [Home.Parent]));

    [Fact]
    public void Locate_CellAboveTheBaseLevel_Throws() =>
        Assert.Throws<ArgumentException>(() => new ApproximateLocator(Grid, [Home]).Locate(Home.Parent, WendengTownship));

    [Fact]
    public void Locate_AnyPopulation_PublishesOnlyCellsThatAtLeastKFilesShare() =>
        PopulationAndHousehold.Sample((population, household) =>
        {
            var location = new ApproximateLocator(Grid, population).Locate(population[household], WendengTownship);

            if (location.Cell is { } cell)
            {
                Assert.True(population.Count(file => file.AncestorAt(cell.Level) == cell) >= K);
                Assert.Equal(cell, population[household].AncestorAt(cell.Level));
            }
        });

    [Fact]
    public void Locate_AnyPopulation_NeverPublishesABaseCellWithFewerThanKFiles() =>
        PopulationAndHousehold.Sample((population, household) =>
        {
            var location = new ApproximateLocator(Grid, population).Locate(population[household], WendengTownship);

            Assert.False(location.Cell is { Level: 0 } cell && population.Count(file => file == cell) < K);
        });

    [Fact]
    public void Locate_AnyPopulation_PublishesTheSmallestCellThatKFilesShare() =>
        PopulationAndHousehold.Sample((population, household) =>
        {
            var home = population[household];
            var location = new ApproximateLocator(Grid, population).Locate(home, WendengTownship);

            var finerLevels = location.Cell is { } cell ? cell.Level : Grid.LevelWithCellsOfAtLeast(16) + 1;
            for (var level = 0; level < finerLevels; level++)
            {
                Assert.True(population.Count(file => file.AncestorAt(level) == home.AncestorAt(level)) < K);
            }
        });

    [Fact]
    public void Locate_AnyPopulation_AgreesWithTheNaiveLocator() =>
        PopulationAndHousehold.Sample((population, household) =>
            Assert.Equal(
                new NaiveApproximateLocator(Grid, population).Locate(population[household], WendengTownship),
                new ApproximateLocator(Grid, population).Locate(population[household], WendengTownship)));
}
