using Charity.Marketplace.Regions;

namespace Charity.Marketplace.Tests.Regions;

public sealed class WeihaiRegionTreeTests
{
    private static readonly List<WeihaiRegionTree.Node> Districts = WeihaiRegionTree.City.Children.ToList();
    private static readonly List<WeihaiRegionTree.Node> Townships = Districts.SelectMany(d => d.Children).ToList();

    [Fact]
    public void City_HasWeihaisFourDistricts()
    {
        Assert.Equal(["环翠区", "文登区", "荣成市", "乳山市"], Districts.Select(d => d.Name.ZhCn));
    }

    [Fact]
    public void Townships_AreAtLeastTwelveEachWithCommunities()
    {
        Assert.True(Townships.Count >= 12);
        Assert.All(Townships, t => Assert.NotEmpty(t.Children));
    }

    [Fact]
    public void Codes_AreUniqueAndNestedInTheirParents()
    {
        var all = new[] { WeihaiRegionTree.City }.Concat(Districts).Concat(Townships).Concat(Townships.SelectMany(t => t.Children)).ToList();

        Assert.Equal(all.Count, all.Select(n => n.Code).Distinct().Count());
        Assert.All(Districts, d => Assert.All(d.Children, t => Assert.StartsWith(d.Code, t.Code, StringComparison.Ordinal)));
        Assert.All(Townships, t => Assert.All(t.Children, c => Assert.StartsWith(t.Code, c.Code, StringComparison.Ordinal)));
    }

    [Fact]
    public void Townships_LieWithin40KmOfTheirDistrictCentre()
    {
        Assert.All(Districts, d => Assert.All(d.Children, t => Assert.InRange(t.Centre.DistanceKmTo(d.Centre), 0, 40)));
    }

    [Fact]
    public void Names_HaveBothLanguages()
    {
        Assert.All(Townships.SelectMany(t => t.Children).Concat(Townships), n =>
        {
            Assert.False(string.IsNullOrWhiteSpace(n.Name.ZhCn));
            Assert.False(string.IsNullOrWhiteSpace(n.Name.EnUs));
        });
    }
}
