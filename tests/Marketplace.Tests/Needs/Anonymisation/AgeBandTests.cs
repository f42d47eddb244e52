using Charity.Marketplace.Needs.Anonymisation;

namespace Charity.Marketplace.Tests.Needs.Anonymisation;

public sealed class AgeBandTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData(1950, "70–79")]
    [InlineData(1956, "70–79")]
    [InlineData(1947, "70–79")]
    [InlineData(1946, "80–89")]
    [InlineData(2026, "0–9")]
    [InlineData(2027, "0–9")]
    [InlineData(1936, "90+")]
    [InlineData(1900, "90+")]
    public void Of_BirthYear_GivesTheTenYearBandOfTheAgeReachedThisYear(int birthYear, string band) =>
        Assert.Equal(band, AgeBand.Of(birthYear, Today).ToString());

    [Fact]
    public void ForAge_OpenEndedBand_HasNoHighestAge()
    {
        Assert.Equal(90, AgeBand.ForAge(104).LowestAge);
        Assert.Null(AgeBand.ForAge(104).HighestAge);
        Assert.Equal(89, AgeBand.ForAge(85).HighestAge);
    }

    [Fact]
    public void ForAge_AgesOfOneBand_AreEqual() => Assert.Equal(AgeBand.ForAge(70), AgeBand.ForAge(79));
}
