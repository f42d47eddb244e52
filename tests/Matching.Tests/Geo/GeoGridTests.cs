using Charity.Matching.Geo;
using CsCheck;

namespace Charity.Matching.Tests.Geo;

public sealed class GeoGridTests
{
    private static readonly GeoGrid Weihai = new(referenceLatitude: 37.2, baseCellKm: 1.0);

    private static readonly Gen<GeoPoint> AnyPoint =
        Gen.Select(Gen.Double[-85, 85], Gen.Double[-180, 180], (latitude, longitude) => new GeoPoint(latitude, longitude));

    private static readonly Gen<GeoPoint> PointNearWeihai =
        Gen.Select(Gen.Double[36.7, 37.7], Gen.Double[121.4, 122.7], (latitude, longitude) => new GeoPoint(latitude, longitude));

    [Fact]
    public void CellOf_AnyPointAndLevel_ItsParentIsTheCellOfTheNextLevel() =>
        Gen.Select(AnyPoint, Gen.Int[0, GeoGrid.MaxLevel - 1]).Sample((point, level) =>
            Assert.Equal(Weihai.CellOf(point, level + 1), Weihai.CellOf(point, level).Parent));

    [Fact]
    public void CellOf_AnyCell_IsOneOfFourThatMakeUpItsParent() =>
        Gen.Select(AnyPoint, Gen.Int[0, 10]).Sample((point, level) =>
        {
            var cell = Weihai.CellOf(point, level);
            var parent = cell.Parent;

            Assert.InRange(cell.Row - (2 * parent.Row), 0, 1);
            Assert.InRange(cell.Column - (2 * parent.Column), 0, 1);
        });

    [Fact]
    public void CentreOf_AnyCell_LiesInThatCell() =>
        Gen.Select(AnyPoint, Gen.Int[0, 12]).Sample((point, level) =>
        {
            var cell = Weihai.CellOf(point, level);

            Assert.Equal(cell, Weihai.CellOf(Weihai.CentreOf(cell), level));
        });

    [Fact]
    public void CellOf_AnyPoint_LiesWithinHalfADiagonalOfItsCentre() =>
        Gen.Select(PointNearWeihai, Gen.Int[0, 5]).Sample((point, level) =>
        {
            var halfDiagonal = Weihai.CellSizeKm(level) * Math.Sqrt(2) / 2;

            Assert.True(point.DistanceKmTo(Weihai.CentreOf(Weihai.CellOf(point, level))) <= halfDiagonal * 1.03);
        });

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    public void CentreOf_NeighbouringCellsNearTheReferenceLatitude_AreOneCellSizeApart(int level)
    {
        var cell = Weihai.CellOf(new GeoPoint(37.19, 122.06), level);
        var expected = 1.0 * (1 << level);

        var northward = Weihai.CentreOf(cell).DistanceKmTo(Weihai.CentreOf(cell with { Row = cell.Row + 1 }));
        var eastward = Weihai.CentreOf(cell).DistanceKmTo(Weihai.CentreOf(cell with { Column = cell.Column + 1 }));

        Assert.Equal(expected, Weihai.CellSizeKm(level));
        Assert.InRange(northward, expected * 0.98, expected * 1.02);
        Assert.InRange(eastward, expected * 0.97, expected * 1.03);
    }

    [Fact]
    public void CellOf_RushanAwayFromTheReferenceLatitude_StaysWithinAFewPerCentOfSquare()
    {
        var grid = new GeoGrid(referenceLatitude: 37.2, baseCellKm: 2.0);
        var cell = grid.CellOf(new GeoPoint(36.92, 121.54));

        var northward = grid.CentreOf(cell).DistanceKmTo(grid.CentreOf(cell with { Row = cell.Row + 1 }));
        var eastward = grid.CentreOf(cell).DistanceKmTo(grid.CentreOf(cell with { Column = cell.Column + 1 }));

        Assert.InRange(northward, 1.96, 2.04);
        Assert.InRange(eastward, 1.94, 2.06);
    }

    [Fact]
    public void CellOf_PointsSouthAndWestOfTheOrigin_NestWithNegativeCoordinates()
    {
        var cell = Weihai.CellOf(new GeoPoint(-0.001, -0.001));

        Assert.Equal(new GridCell(0, -1, -1), cell);
        Assert.Equal(new GridCell(1, -1, -1), cell.Parent);
        Assert.Equal(new GridCell(5, -1, -1), cell.AncestorAt(5));
    }

    [Theory]
    [InlineData(1.0, 0)]
    [InlineData(1.5, 1)]
    [InlineData(16.0, 4)]
    [InlineData(16.1, 5)]
    public void LevelWithCellsOfAtLeast_GivesTheFinestSuchLevel(double sizeKm, int level) =>
        Assert.Equal(level, Weihai.LevelWithCellsOfAtLeast(sizeKm));

    [Fact]
    public void AncestorAt_AFinerLevel_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GridCell(3, 10, 10).AncestorAt(2));

    [Theory]
    [InlineData(-1)]
    [InlineData(GeoGrid.MaxLevel + 1)]
    public void GridCell_LevelOutOfRange_Throws(int level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GridCell(level, 0, 0));

    [Theory]
    [InlineData(85, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(37.2, 0)]
    [InlineData(37.2, -1)]
    public void Constructor_OutOfRange_Throws(double referenceLatitude, double baseCellKm) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoGrid(referenceLatitude, baseCellKm));
}
