using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Microsoft.Playwright;

namespace Charity.EndToEnd.Pages;

/// <summary>Starting points shared by the tests.</summary>
internal static class PortalVisit
{
    /// <summary>
    /// Signs a demo account in through the sign-in page, from the portal's defaults (Chinese, standard display),
    /// and waits for its home page to become interactive.
    /// </summary>
    public static async Task<PortalShell> SignInAsync(PortalServer server, IPage page, DemoRole role)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(role);
        await server.ForgetSavedPreferencesAsync(role.Email);
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        await signIn.SubmitAsync(role.Email, DemoRole.Password);
        var shell = new PortalShell(page, PortalLanguage.Chinese);
        await shell.WaitForCircuitAsync();
        return shell;
    }

    /// <summary>As <see cref="SignInAsync"/>, then switches to the given language with the app bar's button.</summary>
    public static async Task<PortalShell> SignInAsync(PortalServer server, IPage page, DemoRole role, PortalLanguage language)
    {
        var shell = await SignInAsync(server, page, role);
        return language == shell.Language ? shell : await shell.SwitchLanguageAsync();
    }
}
