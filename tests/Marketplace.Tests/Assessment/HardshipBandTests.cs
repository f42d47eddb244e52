using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Tests.Assessment;

public sealed class HardshipBandTests
{
    [Theory]
    [InlineData(0, "0–19")]
    [InlineData(19.9, "0–19")]
    [InlineData(20, "20–39")]
    [InlineData(59.9, "40–59")]
    [InlineData(60, "60–79")]
    [InlineData(80, "80–100")]
    [InlineData(100, "80–100")]
    public void Of_Index_IsTheBandOfItsWholePart(double index, string band) =>
        Assert.Equal(band, HardshipBand.Of((decimal)index).ToString());

    [Fact]
    public void All_AreFiveBandsCovering0To100()
    {
        Assert.Equal([(0, 19), (20, 39), (40, 59), (60, 79), (80, 100)], HardshipBand.All.Select(b => (b.Lowest, b.Highest)));
        Assert.Equal(HardshipBand.All[0], default);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void Of_IndexOutside0To100_Throws(double index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HardshipBand.Of((decimal)index));
}
