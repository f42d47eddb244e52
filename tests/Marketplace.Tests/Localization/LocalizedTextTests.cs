using System.Globalization;
using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Tests.Localization;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Meal = new("助餐送餐", "Meal delivery");

    [Theory]
    [InlineData("zh-CN", "助餐送餐")]
    [InlineData("en-US", "Meal delivery")]
    [InlineData("en-GB", "Meal delivery")]
    [InlineData("fr-FR", "助餐送餐")]
    public void For_Culture_PicksItsLanguageElseChinese(string culture, string expected) =>
        Assert.Equal(expected, Meal.For(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void For_EnglishMissing_FallsBackToChinese() =>
        Assert.Equal("助餐送餐", new LocalizedText("助餐送餐", string.Empty).For(CultureInfo.GetCultureInfo("en-US")));
}
