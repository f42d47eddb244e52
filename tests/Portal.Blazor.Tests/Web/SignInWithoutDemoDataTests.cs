using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Databases;
using Charity.TestSupport.Web;

namespace Charity.Portal.Blazor.Tests.Web;

public sealed class SignInWithoutDemoDataTests(SignInWithoutDemoDataTests.Portal portal) : IClassFixture<SignInWithoutDemoDataTests.Portal>
{
    [Fact]
    public async Task SignInPage_WithoutDemoData_ShowsNoAccountsOrPassword()
    {
        using var client = portal.CreateBrowserlikeClient();

        var html = await client.GetStringAsync("/account/login");

        Assert.All(DemoAccounts.All, account => Assert.DoesNotContain(account.Email, html, StringComparison.Ordinal));
        Assert.DoesNotContain("Demo#2026", html, StringComparison.Ordinal);
    }

    public sealed class Portal() : PortalFactory(new SqliteTestDatabase(), demoData: false);
}
