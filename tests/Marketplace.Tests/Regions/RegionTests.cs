using Charity.Marketplace.Regions;
using Charity.Matching.Geo;

namespace Charity.Marketplace.Tests.Regions;

public sealed class RegionTests
{
    private static readonly GeoPoint Centre = new(37.5, 122.1);

    [Fact]
    public void Constructor_LevelSkipped_Throws()
    {
        var city = new Region("371000", new("威海市", "Weihai"), RegionLevel.City, Centre, parent: null);

        Assert.Throws<ArgumentException>(() => new Region("371002001", new("镇", "Town"), RegionLevel.Township, Centre, city));
    }

    [Fact]
    public void Constructor_NonCityWithoutParent_Throws() =>
        Assert.Throws<ArgumentException>(() => new Region("371002", new("环翠区", "Huancui"), RegionLevel.District, Centre, parent: null));

    [Fact]
    public void Station_OnADistrict_Throws()
    {
        var city = new Region("371000", new("威海市", "Weihai"), RegionLevel.City, Centre, parent: null);
        var district = new Region("371002", new("环翠区", "Huancui"), RegionLevel.District, Centre, city);

        Assert.Throws<ArgumentException>(() => new ReferralStation(district, new("驿站", "Station"), "地址", "0631-1234567"));
    }
}
