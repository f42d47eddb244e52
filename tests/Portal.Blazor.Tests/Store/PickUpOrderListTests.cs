using System.Globalization;
using Bunit;
using Charity.Marketplace;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;
using Charity.Portal.Blazor.Components.Pages.Store;
using Charity.Portal.Blazor.Preferences;
using Charity.TestSupport.Components;

namespace Charity.Portal.Blazor.Tests.Store;

public sealed class PickUpOrderListTests : MudBlazorTestContext
{
    public PickUpOrderListTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalCultures.Chinese);

    [Fact]
    public void Render_NoWaitingOrders_ShowsTheEmptyState()
    {
        var cut = Render<PickUpOrderList>(parameters => parameters.Add(p => p.Orders, new RowPage<SupermarketOrder>([], 0)).Add(p => p.Status, StoreOrderStatus.Placed).Add(p => p.PageSize, 25));

        Assert.Contains("没有待领取的订单", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_OnAWaitingOrder_HandsThatOrderToThePage()
    {
        var order = Order(StoreOrderStatus.Placed);
        SupermarketOrder? collected = null;
        var cut = Render<PickUpOrderList>(parameters => parameters
            .Add(p => p.Orders, new RowPage<SupermarketOrder>([order], 1))
            .Add(p => p.Status, StoreOrderStatus.Placed)
            .Add(p => p.PageSize, 25)
            .Add(p => p.OnCollect, (SupermarketOrder o) => collected = o));

        cut.FindAll("button").Single(b => b.TextContent.Contains("已领取", StringComparison.Ordinal)).Click();

        Assert.Same(order, collected);
        Assert.Contains(StoreOrderFeedback.ShortNumber(order.Order.Id), cut.Find("tbody").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CancelledOrders_ShowTheirReasonAndNoActions()
    {
        var cut = Render<PickUpOrderList>(parameters => parameters
            .Add(p => p.Orders, new RowPage<SupermarketOrder>([Order(StoreOrderStatus.Cancelled)], 1))
            .Add(p => p.Status, StoreOrderStatus.Cancelled)
            .Add(p => p.PageSize, 25));

        Assert.Contains("买家未按时领取", cut.Find("tbody").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("tbody button"));
    }

    [Fact]
    public void Render_MoreOrdersThanAPageHolds_OffersThePagesAndReportsTheOneChosen()
    {
        int? chosen = null;
        var cut = Render<PickUpOrderList>(parameters => parameters
            .Add(p => p.Orders, new RowPage<SupermarketOrder>([Order(StoreOrderStatus.Collected)], 51))
            .Add(p => p.Status, StoreOrderStatus.Collected)
            .Add(p => p.PageSize, 25)
            .Add(p => p.PageChanged, (int page) => chosen = page));

        cut.FindAll(".mud-pagination button").Single(b => b.TextContent.Trim() == "3").Click();

        Assert.Equal(2, chosen);
    }

    [Fact]
    public void Render_OnePageOfOrders_OffersNoPages()
    {
        var cut = Render<PickUpOrderList>(parameters => parameters
            .Add(p => p.Orders, new RowPage<SupermarketOrder>([Order(StoreOrderStatus.Collected)], 25))
            .Add(p => p.Status, StoreOrderStatus.Collected)
            .Add(p => p.PageSize, 25));

        Assert.Empty(cut.FindAll(".mud-pagination"));
    }

    private static SupermarketOrder Order(StoreOrderStatus status)
    {
        var placedAt = new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);
        var cancelled = status == StoreOrderStatus.Cancelled;
        var view = new StoreOrderView(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2, 60, status, "station:x", placedAt, null, null,
            cancelled ? placedAt.AddDays(3) : null, cancelled ? "买家未按时领取" : null, Guid.NewGuid(), null);
        return new SupermarketOrder(view, "大米 5 公斤", Guid.NewGuid(), new LocalizedText("环翠楼街道驿站", "Huancuilou Station"));
    }
}
