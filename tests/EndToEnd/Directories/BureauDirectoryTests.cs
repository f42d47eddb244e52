using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Directories;

/// <summary>The bureau's lists: providers (paged on the server, filtered), referral stations and the service catalog.</summary>
[Collection(PortalInBrowser.Name)]
public sealed class BureauDirectoryTests(PortalServer server)
{
    [Fact]
    public async Task Organisations_FilteredByAwaitingVerification_ShowOnlyThose()
    {
        await using var session = await server.OpenAsync();
        var shell = await PortalVisit.SignInAsync(server, session.Page, DemoRole.Named("Admin"));
        await shell.MenuLinks.Filter(new() { HasTextString = "服务主体" }).ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("服务主体");
        var rows = session.Page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(10);

        await session.Page.Locator("div.mud-select").Filter(new() { HasTextString = "认证状态" }).First.ClickAsync();
        await session.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = "待认证" }).ClickAsync();

        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("待认证");
        await Expect(session.Page.GetByText("1-2，共 2 条")).ToBeVisibleAsync();
        await AxeAudit.ExpectNoSeriousViolationsAsync(session.Page);
        await Screenshots.SaveAsync(session.Page, shell.Language);
    }

    [Fact]
    public async Task Stations_Searched_NarrowTheList()
    {
        await using var session = await server.OpenAsync();
        var shell = await PortalVisit.SignInAsync(server, session.Page, DemoRole.Named("Caseworker"));
        await shell.MenuLinks.Filter(new() { HasTextString = "转介驿站" }).ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("转介驿站");
        var rows = session.Page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(17);

        await session.Page.GetByRole(AriaRole.Textbox, new() { Name = "搜索" }).FillAsync("乳山");

        await Expect(rows).ToHaveCountAsync(4);
        await AxeAudit.ExpectNoSeriousViolationsAsync(session.Page);
        await Screenshots.SaveAsync(session.Page, shell.Language);
    }

    [Fact]
    public async Task Catalog_InEnglish_ListsFiveCategoriesOfFourItems()
    {
        await using var session = await server.OpenAsync();
        var shell = await PortalVisit.SignInAsync(server, session.Page, DemoRole.Named("Volunteer"), PortalLanguage.English);
        await shell.MenuLinks.Filter(new() { HasTextString = "Service catalog" }).ClickAsync();

        await Expect(shell.Heading).ToHaveTextAsync("Service catalog");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveCountAsync(5);
        await Expect(session.Page.GetByText("Escort to medical visits")).ToBeVisibleAsync();
        await AxeAudit.ExpectNoSeriousViolationsAsync(session.Page);
        await Screenshots.SaveAsync(session.Page, shell.Language);
    }

    [Fact]
    public async Task AccessLog_AfterAnAdminViewsAFile_ShowsTheViewAndItsPurpose()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Admin"));
        await shell.MenuLinks.Filter(new() { HasTextString = "救助对象档案" }).ClickAsync();
        await page.Locator("table tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^档案 "));
        var fileNumber = (await shell.Heading.InnerTextAsync()).Replace("档案 ", string.Empty, StringComparison.Ordinal).Trim();
        await page.Locator("div.mud-select").Filter(new() { HasTextString = "查看用途" }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = "核实信息" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "查看个人信息" }).ClickAsync();
        await Expect(page.GetByText("本次查看已记录。")).ToBeVisibleAsync();

        await shell.MenuLinks.Filter(new() { HasTextString = "查看记录" }).ClickAsync();
        await page.GetByPlaceholder("按档案编号或查看人搜索").FillAsync(fileNumber);

        var row = page.Locator("table tbody tr").First;
        await Expect(row).ToContainTextAsync(fileNumber);
        await Expect(row).ToContainTextAsync("核实信息");
        await Expect(row).ToContainTextAsync("民政局管理员");
        await AxeAudit.ExpectNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, shell.Language);
    }

    [Fact]
    public async Task AssessmentRules_WeightChanged_IsSavedAsANewVersion()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Admin"));
        await shell.MenuLinks.Filter(new() { HasTextString = "评估规则" }).ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("评估规则");

        await page.GetByLabel("1. 家庭结构").FillAsync("1.3");
        await page.GetByLabel("1. 家庭结构").BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("已保存为第 \\d+ 版") })).ToBeVisibleAsync();
        await AxeAudit.ExpectNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, shell.Language);
    }
}
