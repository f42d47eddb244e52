using Bunit;
using Charity.Portal.Blazor.Components.Pages.Store;
using Charity.TestSupport.Databases;

namespace Charity.Portal.Blazor.Tests.Components;

public sealed class SupermarketTests(SqliteTestDatabase database) : VolunteerPageContext(database), IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public void Render_WithEmptyShelves_SaysSponsorsStockItemsHere()
    {
        var cut = Render<Supermarket>();

        cut.WaitForAssertion(() =>
        {
            var status = cut.Find("[role=status]");
            Assert.Contains("积分超市暂时没有可兑换的物品", status.TextContent, StringComparison.Ordinal);
            Assert.Contains("赞助单位上架物品后会显示在这里。", status.TextContent, StringComparison.Ordinal);
        });
        Assert.Equal("/store/orders", cut.Find("a[href='/store/orders']").GetAttribute("href"));
    }
}
