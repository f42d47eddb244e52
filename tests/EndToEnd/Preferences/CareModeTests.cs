using System.Text.RegularExpressions;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Preferences;

[Collection(PortalInBrowser.Name)]
public sealed class CareModeTests(PortalServer server)
{
    [Theory]
    [MemberData(nameof(DemoRole.NamesAndLanguages), MemberType = typeof(DemoRole))]
    public async Task CareMode_ClickedOnHome_AppliesWithoutReloadAndIsRemembered(string roleName, string languageCode)
    {
        var role = DemoRole.Named(roleName);
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var shell = await PortalVisit.SignInAsync(server, page, role, PortalLanguage.Of(languageCode));
        await shell.ExpectHomeOfAsync(role);
        await shell.ExpectCareModeAsync(on: false);
        await Legibility.ExpectLegibleAsync(shell.CareModeButton);
        var standardHeadingSize = await HeadingFontSizeAsync(page);
        await page.EvaluateAsync("() => { window.__marker = 1; }");

        await shell.CareModeButton.ClickAsync();

        await shell.ExpectCareModeAsync(on: true);
        await page.WaitForFunctionAsync("size => parseFloat(getComputedStyle(document.querySelector('h1')).fontSize) > size", standardHeadingSize);
        Assert.Equal(1, await page.EvaluateAsync<int?>("() => window.__marker"));
        await shell.ExpectHomeOfAsync(role);
        await Legibility.ExpectLegibleAsync(shell.CareModeButton);
        await Screenshots.SaveAsync(page, shell.Language, roleName);

        await page.ReloadAsync();

        await shell.WaitForCircuitAsync();
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__marker"));
        await shell.ExpectCareModeAsync(on: true);
        await shell.ExpectHomeOfAsync(role);
        Assert.True(await HeadingFontSizeAsync(page) > standardHeadingSize);
    }

    [Fact]
    public async Task CareMode_ChosenOnSignInPage_IsKeptAfterSigningIn()
    {
        var role = DemoRole.Named("Volunteer");
        await server.ForgetSavedPreferencesAsync(role.Email);
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var signIn = new SignInPage(page);
        var shell = new PortalShell(page, PortalLanguage.Chinese);
        await signIn.GotoAsync();
        await Expect(shell.StaticCareModeButton).ToHaveAttributeAsync("aria-pressed", "false");

        await shell.StaticCareModeButton.ClickAsync();

        await Expect(shell.StaticCareModeButton).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(shell.Layout).ToHaveClassAsync(new Regex("\\bcare-mode\\b"));
        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
        await Legibility.ExpectLegibleAsync(shell.StaticCareModeButton);
        await Screenshots.SaveAsync(page, shell.Language);

        await signIn.SubmitAsync(role.Email, DemoRole.Password);

        await shell.WaitForCircuitAsync();
        await shell.ExpectHomeOfAsync(role);
        await shell.ExpectCareModeAsync(on: true);
    }

    private static Task<double> HeadingFontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)");
}
