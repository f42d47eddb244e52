using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Tests.Assessment;

public sealed class IndicatorCatalogTests
{
    [Fact]
    public void Dimensions_AreTheEightOfTheFormInOrder()
    {
        Assert.Equal(
            ["HOUSEHOLD", "HEALTH", "INCOME", "HOUSING", "DAILY_LIVING", "EDUCATION", "EMPLOYMENT", "SOCIAL_SUPPORT"],
            IndicatorCatalog.Dimensions.Select(d => d.Code));
        Assert.Equal(Enumerable.Range(1, 8), IndicatorCatalog.Dimensions.Select(d => d.Number));
    }

    [Fact]
    public void Dimensions_HoldTheirIndicatorCounts() =>
        Assert.Equal([6, 8, 7, 6, 7, 6, 6, 6], IndicatorCatalog.Dimensions.Select(d => d.Indicators.Count));

    [Fact]
    public void Indicators_AreNumbered1To52InFormOrder()
    {
        Assert.Equal(Enumerable.Range(1, 52), IndicatorCatalog.Indicators.Select(i => i.Number));
        Assert.Equal(Enumerable.Range(1, 52), IndicatorCatalog.Dimensions.SelectMany(d => d.Indicators).Select(i => i.Number));
    }

    [Fact]
    public void EveryNameAndGuide_HasChineseAndEnglish()
    {
        var texts = IndicatorCatalog.Dimensions.Select(d => d.Name)
            .Concat(IndicatorCatalog.Indicators.SelectMany(i => new[] { i.Name, i.Mild, i.Moderate, i.Severe, i.Help }));

        Assert.All(texts, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.ZhCn));
            Assert.False(string.IsNullOrWhiteSpace(text.EnUs));
            Assert.Contains(text.ZhCn, c => c is >= '\u4e00' and <= '\u9fff');
            Assert.DoesNotContain(text.EnUs, c => c is >= '\u4e00' and <= '\u9fff');
        });
    }

    [Fact]
    public void LevelGuides_DifferWithinEachIndicator() =>
        Assert.All(IndicatorCatalog.Indicators, i =>
        {
            Assert.Equal(3, new[] { i.Mild.ZhCn, i.Moderate.ZhCn, i.Severe.ZhCn }.Distinct().Count());
            Assert.Equal(3, new[] { i.Mild.EnUs, i.Moderate.EnUs, i.Severe.EnUs }.Distinct().Count());
        });

    [Theory]
    [InlineData(1, "HOUSEHOLD", "Lives alone or has no legal supporter")]
    [InlineData(14, "HEALTH", "Bedridden")]
    [InlineData(19, "INCOME", "Loss from a sudden event (disaster, accident)")]
    [InlineData(27, "HOUSING", "No fixed residence or stranded")]
    [InlineData(28, "DAILY_LIVING", "Eating")]
    [InlineData(36, "EDUCATION", "Learning difficulties")]
    [InlineData(41, "EMPLOYMENT", "Working-age member unemployed")]
    [InlineData(52, "SOCIAL_SUPPORT", "Risk of self-harm or extreme acts")]
    public void Indicator_ByNumber_IsTheOneOfTheForm(int number, string dimensionCode, string englishName)
    {
        Assert.Equal(englishName, IndicatorCatalog.Indicator(number).Name.EnUs);
        Assert.Equal(dimensionCode, IndicatorCatalog.DimensionOf(number).Code);
    }

    [Fact]
    public void Help_ListsTheThreeLevels()
    {
        var bedridden = IndicatorCatalog.Indicator(14);

        Assert.Equal($"1 轻度：{bedridden.Mild.ZhCn}\n2 中度：{bedridden.Moderate.ZhCn}\n3 重度：{bedridden.Severe.ZhCn}", bedridden.Help.ZhCn);
        Assert.StartsWith("1 mild: ", bedridden.Help.EnUs, StringComparison.Ordinal);
        Assert.Equal(bedridden.Severe, bedridden.GuideFor(3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(53)]
    public void Indicator_OutsideTheForm_Throws(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorCatalog.Indicator(number));

    [Fact]
    public void GuideFor_ScoreZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorCatalog.Indicator(1).GuideFor(0));

    [Fact]
    public void FindDimension_UnknownCode_IsNull()
    {
        Assert.Null(IndicatorCatalog.FindDimension("WEALTH"));
        Assert.Equal(2, IndicatorCatalog.FindDimension("HEALTH")!.Number);
    }
}
