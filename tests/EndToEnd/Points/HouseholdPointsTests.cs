using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Points;

/// <summary>
/// A household's points on its case file, with the demo caseworker: public-benefit work is logged and paid, an item is
/// ordered for the household from those points, and the household's monthly statement shows both.
/// </summary>
[Collection(PortalInBrowser.Name)]
public sealed class HouseholdPointsTests(PortalServer server)
{
    private const string Item = "爱心毛巾";

    [Fact]
    public async Task Caseworker_LogsWork_OrdersForTheHousehold_AndSeesBothOnItsStatement()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Caseworker"));
        await shell.MenuLinks.Filter(new() { HasTextString = "救助对象档案" }).ClickAsync();
        await page.GetByRole(AriaRole.Link).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^\d{9}-\d{4}$") }).First.ClickAsync();
        await shell.WaitForCircuitAsync();

        var points = page.Locator(".mud-paper").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "家庭海贝分" }) });
        await points.GetByLabel("小时").FillAsync("4");
        await points.GetByLabel("做了什么（不写姓名、电话、门牌）").FillAsync("整理社区图书角");
        await points.GetByRole(AriaRole.Button, new() { Name = "登记并发放积分" }).ClickAsync();
        await Expect(points.GetByRole(AriaRole.Status)).ToContainTextAsync("已记入账本");

        var orders = page.Locator(".mud-paper").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "为家庭兑换" }) });
        await orders.GetByRole(AriaRole.Combobox, new() { Name = "物品" }).PressSequentiallyAsync("毛巾");
        var found = page.Locator(".mud-popover-open .mud-list-item");
        await Expect(found.First).ToContainTextAsync("毛巾");
        await Screenshots.SaveAsync(page, shell.Language, "household-order-search");
        await found.Filter(new() { HasTextString = Item }).First.ClickAsync();
        await orders.GetByRole(AriaRole.Button, new() { Name = "兑换", Exact = true }).ClickAsync();
        await Expect(orders.GetByRole(AriaRole.Status)).ToContainTextAsync("已为该家庭兑换");
        await Expect(orders.GetByRole(AriaRole.Row).Filter(new() { HasTextString = Item }).First).ToContainTextAsync("待领取");
        await AxeAudit.ExpectNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, shell.Language, "case-file-points");

        await points.GetByRole(AriaRole.Link, new() { Name = "对账单", Exact = true }).ClickAsync();
        await Expect(shell.Heading).ToContainTextAsync("海贝分对账单");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "公益劳动" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = Item }).First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, shell.Language, "household-statement");

        // The print dialog cannot be driven headless; the button is seen to open it.
        await page.EvaluateAsync("() => { window.__printDialogs = 0; window.print = () => window.__printDialogs++; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "打印 / 存为 PDF" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.__printDialogs === 1");

        // On paper (and in the PDF the print dialog saves): the statement with when it was printed, without the portal's controls.
        var download = page.GetByRole(AriaRole.Link, new() { Name = "下载 Excel" });
        await Expect(download).ToBeVisibleAsync();
        await Expect(shell.MenuLinks.First).ToBeVisibleAsync();
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("打印于"))).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("打印于"))).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = Item }).First).ToBeVisibleAsync();
        await Expect(shell.MenuLinks.First).ToBeHiddenAsync();
        await Expect(download).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, shell.Language, "household-statement-printed");
        await page.PdfAsync(new() { Format = "A4", Path = Path.Combine(Screenshots.Folder, "household-statement.pdf") });
    }
}
