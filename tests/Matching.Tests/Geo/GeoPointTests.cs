using Charity.Matching.Geo;

namespace Charity.Matching.Tests.Geo;

public sealed class GeoPointTests
{
    [Fact]
    public void DistanceKmTo_SamePoint_IsZero()
    {
        var huancui = new GeoPoint(37.50, 122.12);

        Assert.Equal(0, huancui.DistanceKmTo(huancui), precision: 9);
    }

    [Fact]
    public void DistanceKmTo_OneDegreeOfLatitude_IsAbout111Km()
    {
        var distance = new GeoPoint(37, 122).DistanceKmTo(new GeoPoint(38, 122));

        Assert.InRange(distance, 111.0, 111.4);
    }

    [Fact]
    public void DistanceKmTo_HuancuiToRushan_MatchesTheHaversineReference()
    {
        // Reference value from the haversine formula with the IUGG mean Earth radius.
        var distance = new GeoPoint(37.50, 122.12).DistanceKmTo(new GeoPoint(36.92, 121.54));

        Assert.Equal(82.4, distance, precision: 1);
    }

    [Fact]
    public void DistanceKmTo_IsSymmetric()
    {
        var wendeng = new GeoPoint(37.19, 122.06);
        var rongcheng = new GeoPoint(37.16, 122.49);

        Assert.Equal(wendeng.DistanceKmTo(rongcheng), rongcheng.DistanceKmTo(wendeng), precision: 12);
    }

    [Theory]
    [InlineData(90.5, 0)]
    [InlineData(-91, 0)]
    [InlineData(0, 180.1)]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.PositiveInfinity)]
    public void Constructor_OutOfRange_Throws(double latitude, double longitude) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(latitude, longitude));
}
