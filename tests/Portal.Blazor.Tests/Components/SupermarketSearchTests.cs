using Bunit;
using Charity.Points.Store;
using Charity.Portal.Blazor.Components.Pages.Store;
using Charity.TestSupport.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Components;

/// <summary>A volunteer finds items in the store by a word of their name, and is told when none has it.</summary>
public sealed class SupermarketSearchTests(SqliteTestDatabase database) : VolunteerPageContext(database), IClassFixture<SqliteTestDatabase>
{
    private static readonly TimeSpan Debounced = TimeSpan.FromSeconds(5);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await StockAsync("爱心毛巾");
        await StockAsync("大米 5 公斤");
    }

    [Fact]
    public void Search_AWordOfOneName_ShowsThatItemOnly_AndAWordOfNoneSaysSo()
    {
        var cut = Render<Supermarket>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".mud-card").Count));

        cut.Find(".item-search input").Input("毛巾");
        cut.WaitForAssertion(() => Assert.Equal(["爱心毛巾"], cut.FindAll(".mud-card h2").Select(h => h.TextContent.Trim())), Debounced);

        cut.Find(".item-search input").Input("面粉");
        cut.WaitForAssertion(() => Assert.Contains("没有名称含“面粉”的物品", cut.Find("[role=status]").TextContent, StringComparison.Ordinal), Debounced);
        Assert.Empty(cut.FindAll(".mud-card"));
        Assert.Single(cut.FindAll(".item-search input"));
    }

    private async Task StockAsync(string name)
    {
        var catalog = Services.GetRequiredService<StoreCatalog>();
        var details = new StoreItemDetails(name, "爱心企业捐赠", StoreItemKind.Goods, 10, $"station:{Guid.NewGuid():N}");
        Assert.Equal(StoreItemOutcome.Saved, (await catalog.StockAsync($"organisation:{Guid.NewGuid():N}", details, 3)).Outcome);
    }
}
