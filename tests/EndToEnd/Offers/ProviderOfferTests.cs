using System.Globalization;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Offers;

/// <summary>The demo provider publishes an offer placed on the map, and the public finds it in the directory.</summary>
[Collection(PortalInBrowser.Name)]
public sealed class ProviderOfferTests(PortalServer server)
{
    [Fact]
    public async Task PublishOffer_PlacedOnTheMap_AppearsInThePublicDirectory()
    {
        var title = "阳光助餐点" + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        await using (var provider = await server.OpenAsync())
        {
            var page = provider.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("ProviderStaff"));
            var editor = new OfferEditorPage(page, shell);
            await editor.OpenNewAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
            await Expect(page.GetByText("请在地图上选择服务地点，或输入有效的经纬度。")).ToBeVisibleAsync();
            await Expect(page.GetByText("服务目录中没有这个项目。").Or(page.GetByText("此项必填。")).First).ToBeVisibleAsync();

            await editor.FillMealDeliveryOnTheMapAsync(title);
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, shell.Language, "editor");

            await editor.PublishAsync(title);
            await Screenshots.SaveAsync(page, shell.Language, "my-offers");
        }

        await using var visitor = await server.OpenAsync();
        var directory = visitor.Page;
        await directory.GotoAsync("/directory");
        var publicShell = new PortalShell(directory, PortalLanguage.Chinese);
        await publicShell.WaitForCircuitAsync();
        await Expect(publicShell.Heading).ToHaveTextAsync("服务名录");
        var card = directory.GetByTestId("directory-offer").Filter(new() { HasTextString = title });
        await Expect(card).ToContainTextAsync("威海市阳光社会工作服务中心");
        await card.GetByRole(AriaRole.Button, new() { Name = "查看" }).Or(card.GetByRole(AriaRole.Button)).First.ClickAsync();
        await Expect(directory.GetByTestId("directory-detail")).ToContainTextAsync("免费");
        await AxeAudit.ExpectNoSeriousViolationsAsync(directory);
        await Screenshots.SaveAsync(directory, publicShell.Language, "list");

        await directory.GetByRole(AriaRole.Tab).Filter(new() { HasTextString = "地图" }).ClickAsync();
        var markers = directory.GetByTestId("offer-map").Locator(".leaflet-marker-icon");
        await Expect(markers.First).ToBeVisibleAsync();
        Assert.True(await markers.CountAsync() >= 25);
        await Expect(directory.GetByTestId("offer-map").Locator($".leaflet-marker-icon[title^='{title}']")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(directory, publicShell.Language, "map");

        await publicShell.CareModeButton.ClickAsync();
        await publicShell.ExpectCareModeAsync(on: true);
        await Screenshots.SaveAsync(directory, publicShell.Language, "care-mode");
    }

    [Fact]
    public async Task OffersAndDirectory_InEnglish_ShowEnglishTexts()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("ProviderStaff"), PortalLanguage.English);
        await shell.MenuLinks.Filter(new() { HasTextString = "My offers" }).ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("My offers");
        await Expect(page.Locator("table tbody tr").First).ToContainTextAsync("Active");
        await Screenshots.SaveAsync(page, shell.Language, "my-offers");

        await page.GetByTestId("offer-new").ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("Publish an offer");
        await page.GetByLabel("Travel radius (km)").FillAsync("150");
        await page.GetByLabel("Capacity", new() { Exact = false }).First.FillAsync("0");
        await page.GetByTestId("offer-save").ClickAsync();
        await Expect(page.GetByText("The radius must be between 1 and 100 km.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Capacity must be greater than 0.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, shell.Language, "editor-problems");

        await page.GotoAsync("/directory");
        var english = new PortalShell(page, PortalLanguage.English);
        await english.WaitForCircuitAsync();
        await Expect(english.Heading).ToHaveTextAsync("Service directory");
        await page.Locator("div.mud-select").Filter(new() { HasTextString = "Category" }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = "Health care" }).ClickAsync();
        var cards = page.GetByTestId("directory-offer");
        await Expect(cards.First).ToContainTextAsync("Health care");
        await AxeAudit.ExpectNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, english.Language, "directory");
    }
}
