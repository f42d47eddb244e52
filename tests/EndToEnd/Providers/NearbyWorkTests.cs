using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Providers;

/// <summary>The demo volunteer looks for open work near home, in both languages.</summary>
[Collection(PortalInBrowser.Name)]
public sealed class NearbyWorkTests(PortalServer server)
{
    [Fact]
    public async Task NeedsNearMe_DemoVolunteer_ShowsAnonymisedNeedsOrSaysWhatToSetUp()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Volunteer"));

        await shell.MenuLinks.Filter(new() { HasTextString = "附近的求助" }).ClickAsync();

        await Expect(shell.Heading).ToHaveTextAsync("附近的求助");
        await Expect(page.GetByTestId("nearby-need").First.Or(page.GetByText("附近暂无相符的需求"))).ToBeVisibleAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("驿站档案");
        await AxeAudit.ExpectNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, shell.Language);
        var english = await shell.SwitchLanguageAsync();
        await Expect(english.Heading).ToHaveTextAsync("Needs near me");
        await Screenshots.SaveAsync(page, english.Language);
    }
}
