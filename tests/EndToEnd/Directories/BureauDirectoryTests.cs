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
}
