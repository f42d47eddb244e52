using System.Text.RegularExpressions;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
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

    [Fact]
    public async Task Quotes_InEachLanguage_AreSetAsThatLanguageSetsThem()
    {
        await using var session = await server.OpenAsync();
        var chinese = await PortalVisit.SignInAsync(server, session.Page, DemoRole.Named("Volunteer"));
        var chineseWidth = await QuoteWidthAsync(session.Page);

        await chinese.SwitchLanguageAsync();
        var englishWidth = await QuoteWidthAsync(session.Page);

        // Chinese sets quotation marks a full character wide; in English the CJK font's full-width forms would leave gaps.
        Assert.True(chineseWidth > 0.9, $"A quote in Chinese text is {chineseWidth:0.00} em wide.");
        Assert.True(englishWidth < 0.5, $"A quote in English text is {englishWidth:0.00} em wide.");
    }

    /// <summary>How wide a closing quotation mark is in the page's body text, in ems.</summary>
    private static Task<double> QuoteWidthAsync(IPage page) => page.EvaluateAsync<double>("""
        () => {
            const probe = document.createElement('span');
            probe.textContent = '\u201D';
            document.body.appendChild(probe);
            const width = probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize);
            probe.remove();
            return width;
        }
        """);
}
