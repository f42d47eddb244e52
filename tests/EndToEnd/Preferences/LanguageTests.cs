using System.Text.RegularExpressions;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Preferences;

[Collection(PortalInBrowser.Name)]
public sealed class LanguageTests(PortalServer server)
{
    [Theory]
    [MemberData(nameof(DemoRole.Names), MemberType = typeof(DemoRole))]
    public async Task SwitchToEnglish_OnHome_ShowsOwnHomeAndMenuInEnglish(string roleName)
    {
        var role = DemoRole.Named(roleName);
        await using var session = await server.OpenAsync();
        var chinese = await PortalVisit.SignInAsync(server, session.Page, role);

        var english = await chinese.SwitchLanguageAsync();

        await english.ExpectHomeOfAsync(role);
        await Expect(english.SignOutButton).ToBeVisibleAsync();
        await Screenshots.SaveAsync(session.Page, english.Language, roleName);
    }

    [Fact]
    public async Task SwitchLanguage_WhenSignedInInCareMode_KeepsSessionPageAndCareMode()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var chinese = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Caseworker"));
        await chinese.MenuLinks.GetByText(chinese.Language.CatalogTitle, new() { Exact = true }).ClickAsync();
        await Expect(chinese.Heading).ToHaveTextAsync(chinese.Language.CatalogTitle);
        await chinese.CareModeButton.ClickAsync();
        await chinese.ExpectCareModeAsync(on: true);

        var english = await chinese.SwitchLanguageAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/catalog$"));
        await Expect(english.Heading).ToHaveTextAsync(english.Language.CatalogTitle);
        await Expect(english.SignOutButton).ToBeVisibleAsync();
        await english.ExpectCareModeAsync(on: true);
        await Screenshots.SaveAsync(page, english.Language);

        var back = await english.SwitchLanguageAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/catalog$"));
        await Expect(back.Heading).ToHaveTextAsync(back.Language.CatalogTitle);
        await Expect(back.SignOutButton).ToBeVisibleAsync();
        await back.ExpectCareModeAsync(on: true);
    }
}
