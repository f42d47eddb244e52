using System.Text.RegularExpressions;
using Charity.EndToEnd.Browsing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Pages;

/// <summary>
/// What every signed-in page shares: the app bar (language, care mode, sign-out), the navigation menu and
/// the page heading with the role name above it on home pages.
/// </summary>
internal sealed class PortalShell(IPage page, PortalLanguage language)
{
    private static readonly Regex CareModeClass = new("\\bcare-mode\\b");
    private static readonly Regex HomeAddress = new("^https?://[^/]+/$");

    public PortalLanguage Language => language;

    public ILocator Layout => page.Locator(".mud-layout");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The overline above a home page's heading, naming the role.</summary>
    public ILocator RoleName => page.Locator("header:has(h1) > p").First;

    public ILocator MenuLinks => page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link);

    public ILocator LanguageButton => page.GetByRole(AriaRole.Link).Filter(new() { HasTextString = language.LanguageButton });

    /// <summary>
    /// The care-mode toggle of an interactive page. Static pages (and interactive ones before their circuit starts)
    /// render it as the submit button of a GET form instead, so a toggle outside any form means the circuit is up.
    /// </summary>
    public ILocator CareModeButton => page.GetByRole(AriaRole.Button, new() { Name = language.CareMode, Exact = true })
        .And(page.Locator("button:not(form button)"));

    /// <summary>The care-mode toggle of a static page: a form that reloads the page.</summary>
    public ILocator StaticCareModeButton => page.Locator("form[action='/preferences/care-mode']")
        .GetByRole(AriaRole.Button, new() { Name = language.CareMode, Exact = true });

    public ILocator SignOutButton => page.GetByRole(AriaRole.Button, new() { Name = language.SignOut, Exact = true });

    /// <summary>Waits for the Blazor circuit: the interactive care-mode toggle appears only once the page is interactive.</summary>
    public async Task WaitForCircuitAsync()
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await Expect(CareModeButton).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language.Code);
    }

    /// <summary>Follows the language button and returns the shell in the other language, once its circuit is up.</summary>
    public async Task<PortalShell> SwitchLanguageAsync()
    {
        await LanguageButton.ClickAsync();
        var switched = new PortalShell(page, language.Other);
        await switched.WaitForCircuitAsync();
        return switched;
    }

    public async Task ExpectHomeOfAsync(DemoRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var home = role.In(language);
        await Expect(page).ToHaveURLAsync(HomeAddress);
        await Expect(Heading).ToHaveTextAsync(home.Heading);
        await Expect(RoleName).ToHaveTextAsync(home.RoleName);
        await Expect(MenuLinks).ToHaveTextAsync([.. home.Menu]);
    }

    public async Task ExpectCareModeAsync(bool on)
    {
        if (on)
        {
            await Expect(Layout).ToHaveClassAsync(CareModeClass);
        }
        else
        {
            await Expect(Layout).Not.ToHaveClassAsync(CareModeClass);
        }

        await Expect(CareModeButton).ToHaveAttributeAsync("aria-pressed", on ? "true" : "false");
    }
}
