using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Charity.Marketplace.Accounts;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Web;

public sealed class AccountApiTests(SqlitePortalFactory portal) : IClassFixture<SqlitePortalFactory>
{
    private sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn);

    private sealed record Problem(string Title, int Status, string? Detail);

    [Fact]
    public async Task Token_RightPassword_GivesABearerTokenThatIdentifiesTheUser()
    {
        using var client = portal.CreateClient();

        var token = await IssueTokenAsync(client, DemoAccounts.EmailFor(PortalRoles.Caseworker), "Demo#2026");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var me = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<AccountEndpoints.CurrentUser>();

        Assert.Equal("Bearer", token.TokenType);
        Assert.Equal(DemoAccounts.EmailFor(PortalRoles.Caseworker), me!.Email);
        Assert.Equal([PortalRoles.Caseworker], me.Roles);
        Assert.NotNull(me.StationId);
    }

    [Fact]
    public async Task Token_WrongPassword_IsAProblemDetails401()
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/account/token", new { email = DemoAccounts.EmailFor(PortalRoles.Admin), password = "nope" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Sign-in failed", (await response.Content.ReadFromJsonAsync<Problem>())!.Title);
    }

    [Fact]
    public async Task Token_MalformedBody_IsAProblemDetails400()
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsync("/api/v1/account/token", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Me_WithoutToken_Is401EvenWithThePageCookie()
    {
        using var client = portal.CreateBrowserlikeClient();
        await client.SignInAsync(DemoAccounts.EmailFor(PortalRoles.Admin), "Demo#2026");

        var response = await client.GetAsync("/api/v1/account/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Token_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        using var client = portal.CreateClient();
        const string Email = "lockout@example.org";
        const string Password = "Lockout#2026";
        using (var scope = portal.Services.CreateScope())
        {
            var district = (await scope.ServiceProvider.GetRequiredService<Marketplace.Regions.RegionDirectory>().ListAsync(Marketplace.Regions.RegionLevel.District))[0];
            var (user, errors) = await scope.ServiceProvider.GetRequiredService<VolunteerSignUp>().RegisterAsync(new("锁定测试", Email, Password, district.Id));
            Assert.True(user is not null, string.Join("; ", errors.Select(e => e.Description)));
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostAsJsonAsync("/api/v1/account/token", new { email = Email, password = "Wrong#2026" });
        }

        var response = await client.PostAsJsonAsync("/api/v1/account/token", new { email = Email, password = Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Account locked", (await response.Content.ReadFromJsonAsync<Problem>())!.Title);
    }

    private static async Task<TokenResponse> IssueTokenAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }
}
