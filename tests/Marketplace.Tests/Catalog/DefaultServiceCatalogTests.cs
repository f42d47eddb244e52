using Charity.Marketplace.Catalog;

namespace Charity.Marketplace.Tests.Catalog;

public sealed class DefaultServiceCatalogTests
{
    [Fact]
    public void Categories_AreFiveWithFourItemsEach()
    {
        Assert.Equal(["LIV", "CLN", "HLT", "SUP", "RES"], DefaultServiceCatalog.Categories.Select(c => c.Code));
        Assert.All(DefaultServiceCatalog.Categories, c => Assert.Equal(4, c.Items.Count));
    }

    [Fact]
    public void ItemCodes_AreUniqueAndPrefixedByTheirCategory()
    {
        var codes = DefaultServiceCatalog.Categories.SelectMany(c => c.Items.Select(i => (Category: c.Code, Item: i.Code))).ToList();

        Assert.Equal(20, codes.Select(c => c.Item).Distinct().Count());
        Assert.All(codes, c => Assert.StartsWith(c.Category + "-", c.Item, StringComparison.Ordinal));
    }

    [Fact]
    public void AddItem_DuplicateCode_Throws()
    {
        var category = new ServiceCategory("LIV", new("生活保障", "Living support"), 1);
        category.AddItem("LIV-MEAL", new("助餐送餐", "Meal delivery"));

        Assert.Throws<InvalidOperationException>(() => category.AddItem("LIV-MEAL", new("助餐", "Meals")));
    }
}
