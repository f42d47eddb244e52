using System.Net;
using Charity.Marketplace.Accounts;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;

namespace Charity.Portal.Blazor.Tests.Web;

public sealed class SignInTests(SqlitePortalFactory portal) : IClassFixture<SqlitePortalFactory>
{
    private const string DemoPassword = "Demo#2026";

    [Fact]
    public async Task Home_Anonymous_RedirectsToSignIn()
    {
        using var client = portal.CreateBrowserlikeClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2F", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignInPage_WithDemoData_ListsOneAccountPerRole()
    {
        using var client = portal.CreateBrowserlikeClient();

        var html = await client.GetStringAsync("/account/login");

        Assert.All(DemoAccounts.All, account => Assert.Contains(account.Email, html, StringComparison.Ordinal));
        Assert.Contains(DemoPassword, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsTheErrorAndSetsNoCookie()
    {
        using var client = portal.CreateBrowserlikeClient();

        var response = await client.SignInAsync(DemoAccounts.EmailFor(PortalRoles.Volunteer), "Wrong#2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("电子邮箱或密码不正确。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("charity.auth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_EmptyFields_AsksForBoth()
    {
        using var client = portal.CreateBrowserlikeClient();

        var response = await client.SignInAsync(string.Empty, string.Empty);

        Assert.Contains("请填写电子邮箱和密码。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalRoles.Admin, "全市概览")]
    [InlineData(PortalRoles.Caseworker, "社会救助服务转介驿站")]
    [InlineData(PortalRoles.ProviderStaff, "服务机构人员")]
    [InlineData(PortalRoles.Volunteer, "您好")]
    public async Task SignIn_DemoAccount_LandsOnItsRolesHome(string role, string expectedText)
    {
        using var client = portal.CreateBrowserlikeClient();

        var response = await client.SignInAsync(DemoAccounts.EmailFor(role), DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.PathAndQuery());
        var home = await client.GetStringAsync("/");
        Assert.Contains(expectedText, home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ForeignReturnUrl_StaysOnThisSite()
    {
        using var client = portal.CreateBrowserlikeClient();

        var response = await client.SignInAsync(DemoAccounts.EmailFor(PortalRoles.Admin), DemoPassword, returnUrl: "//evil.example/phish");

        Assert.Equal("localhost", response.Headers.Location!.Host);
        Assert.Equal("/", response.Headers.Location.PathAndQuery());
    }

    [Fact]
    public async Task AdminPage_AsVolunteer_IsRefused()
    {
        using var client = portal.CreateBrowserlikeClient();
        await client.SignInAsync(DemoAccounts.EmailFor(PortalRoles.Volunteer), DemoPassword);

        var response = await client.GetAsync("/organisations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_AfterSignIn_SendsHomeToSignInAgain()
    {
        using var client = portal.CreateBrowserlikeClient();
        await client.SignInAsync(DemoAccounts.EmailFor(PortalRoles.Caseworker), DemoPassword);
        var token = await PortalClient.AntiforgeryTokenAsync(client, "/catalog");

        await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
