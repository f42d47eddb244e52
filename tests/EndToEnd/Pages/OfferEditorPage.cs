using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Pages;

/// <summary>The provider's offer list and editor in Chinese: open a new offer, fill it, place it on the map, publish.</summary>
internal sealed class OfferEditorPage(IPage page, PortalShell shell)
{
    public ILocator Map => page.GetByTestId("offer-map");

    public ILocator Rows => page.Locator("table tbody tr");

    /// <summary>Follows the menu to "my offers" and opens an empty editor.</summary>
    public async Task OpenNewAsync()
    {
        await shell.MenuLinks.Filter(new() { HasTextString = "我的服务" }).ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("我的服务");
        await page.GetByTestId("offer-new").ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("发布服务");
    }

    /// <summary>A meal-delivery offer with <paramref name="title"/>, placed by a click on the map.</summary>
    public async Task FillMealDeliveryOnTheMapAsync(string title)
    {
        await page.Locator("div.mud-select").Filter(new() { HasTextString = "服务项目" }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = "助餐送餐" }).ClickAsync();
        await page.GetByLabel("服务名称（中文）").FillAsync(title);
        await page.GetByLabel("服务说明（中文）").FillAsync("工作日中午为独居老人送餐上门，荤素搭配。");
        await Expect(Map.Locator(".leaflet-map-pane")).ToHaveCountAsync(1);
        await Map.ClickAsync(new() { Position = new() { X = 220, Y = 170 } });
        await Expect(Map.Locator(".leaflet-marker-icon")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("纬度")).Not.ToHaveValueAsync(string.Empty);
    }

    /// <summary>Publishes and waits for the list, where the offer is active.</summary>
    public async Task PublishAsync(string title)
    {
        await page.GetByTestId("offer-save").ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("我的服务");
        await Expect(Rows.Filter(new() { HasTextString = title })).ToContainTextAsync("进行中");
    }
}
