using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Accessibility;

/// <summary>Axe finds nothing serious or critical on the pages everyone meets first.</summary>
[Collection(PortalInBrowser.Name)]
public sealed class AccessibilityTests(PortalServer server)
{
    [Fact]
    public async Task SignInPage_Audited_HasNoSeriousViolations()
    {
        await using var session = await server.OpenAsync();
        var signIn = new SignInPage(session.Page);
        await signIn.GotoAsync();
        await Expect(signIn.Heading).ToHaveTextAsync("登录");

        await AxeAudit.ExpectNoSeriousViolationsAsync(session.Page);
    }

    [Fact]
    public async Task RegisterPage_Audited_HasNoSeriousViolations()
    {
        await using var session = await server.OpenAsync();
        await session.Page.GotoAsync("/account/register");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("志愿者注册");

        await AxeAudit.ExpectNoSeriousViolationsAsync(session.Page);
    }

    [Theory]
    [MemberData(nameof(DemoRole.Names), MemberType = typeof(DemoRole))]
    public async Task Home_Audited_HasNoSeriousViolations(string roleName)
    {
        var role = DemoRole.Named(roleName);
        await using var session = await server.OpenAsync();
        var shell = await PortalVisit.SignInAsync(server, session.Page, role);
        await shell.ExpectHomeOfAsync(role);

        await AxeAudit.ExpectNoSeriousViolationsAsync(session.Page);
    }

    [Theory]
    [MemberData(nameof(DemoRole.Names), MemberType = typeof(DemoRole))]
    public async Task HomeInCareMode_Audited_HasNoSeriousViolations(string roleName)
    {
        var role = DemoRole.Named(roleName);
        await using var session = await server.OpenAsync();
        var shell = await PortalVisit.SignInAsync(server, session.Page, role);
        await shell.CareModeButton.ClickAsync();
        await shell.ExpectCareModeAsync(on: true);
        await shell.ExpectHomeOfAsync(role);

        await AxeAudit.ExpectNoSeriousViolationsAsync(session.Page);
    }
}
