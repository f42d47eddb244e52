using System.Net;
using Charity.Marketplace.Accounts;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;

namespace Charity.Portal.Blazor.Tests.Web;

public sealed class ShellEndpointsTests(SqlitePortalFactory portal) : IClassFixture<SqlitePortalFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AfterStartUp_IsHealthy(string path)
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CultureSwitch_ToEnglish_SetsTheCookieAndTheNextPageIsEnglish()
    {
        using var client = portal.CreateBrowserlikeClient();

        var response = await client.GetAsync("/preferences/culture?culture=en-US&returnUrl=%2Faccount%2Flogin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den-US", StringComparison.Ordinal));
        var page = await client.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"en-US\"", page, StringComparison.Ordinal);
        Assert.Contains("Keep me signed in on this device", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_UnknownCulture_FallsBackToChinese()
    {
        using var client = portal.CreateBrowserlikeClient();

        await client.GetAsync("/preferences/culture?culture=xx-XX&returnUrl=%2Faccount%2Flogin");

        Assert.Contains("<html lang=\"zh-CN\"", await client.GetStringAsync("/account/login"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task PreferenceSwitch_ForeignReturnUrl_GoesHomeInstead(string returnUrl)
    {
        using var client = portal.CreateBrowserlikeClient();

        var response = await client.GetAsync($"/preferences/care-mode?on=true&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CareModeSwitch_OnSignInPage_RendersTheCareLayout()
    {
        using var client = portal.CreateBrowserlikeClient();

        await client.GetAsync("/preferences/care-mode?on=true&returnUrl=%2Faccount%2Flogin");

        Assert.Contains("care-mode", await client.GetStringAsync("/account/login"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CareMode_ChosenWhenSignedIn_IsRememberedAtTheNextSignIn()
    {
        using var first = portal.CreateBrowserlikeClient();
        await first.SignInAsync(DemoAccounts.EmailFor(PortalRoles.ProviderStaff), "Demo#2026");
        await first.GetAsync("/preferences/care-mode?on=true&returnUrl=%2F");
        await first.GetAsync("/preferences/culture?culture=en-US&returnUrl=%2F");
        using var elsewhere = portal.CreateBrowserlikeClient();

        var response = await elsewhere.SignInAsync(DemoAccounts.EmailFor(PortalRoles.ProviderStaff), "Demo#2026");

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("charity.care=1", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=c%3Den-US", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync("/account/login");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task UnknownPage_IsAFriendly404()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
