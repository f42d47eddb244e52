using System.Text.RegularExpressions;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Accounts;

[Collection(PortalInBrowser.Name)]
public sealed class SignInTests(PortalServer server)
{
    [Theory]
    [MemberData(nameof(DemoRole.Names), MemberType = typeof(DemoRole))]
    public async Task SignIn_AsEachRole_ShowsOwnHomeAndMenu(string roleName)
    {
        var role = DemoRole.Named(roleName);
        await using var session = await server.OpenAsync();

        var shell = await PortalVisit.SignInAsync(server, session.Page, role);

        await shell.ExpectHomeOfAsync(role);
        await Expect(shell.SignOutButton).ToBeVisibleAsync();
        await Screenshots.SaveAsync(session.Page, shell.Language, roleName);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsErrorAndStaysOnSignInPage()
    {
        await using var session = await server.OpenAsync();
        var signIn = new SignInPage(session.Page);
        await signIn.GotoAsync();

        await signIn.SubmitAsync(DemoRole.Named("Volunteer").Email, "Wrong#2026");

        await Expect(signIn.Error).ToHaveTextAsync("电子邮箱或密码不正确。");
        await Expect(session.Page).ToHaveURLAsync(new Regex("/account/login$"));
        await Expect(signIn.Heading).ToHaveTextAsync("登录");
        await Screenshots.SaveAsync(session.Page, PortalLanguage.Chinese);
    }

    [Fact]
    public async Task Home_WhenAnonymous_RedirectsToSignIn()
    {
        await using var session = await server.OpenAsync();

        await session.Page.GotoAsync("/");

        await Expect(session.Page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2F$", RegexOptions.IgnoreCase));
        await Expect(new SignInPage(session.Page).Heading).ToHaveTextAsync("登录");
    }
}
