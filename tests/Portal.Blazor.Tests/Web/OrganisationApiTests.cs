using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Organisations;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>The organisation API: only verified organisations for everyone, decisions for the bureau's tokens, problem details.</summary>
public abstract class OrganisationApiTests<TFactory>(TFactory portal)
    where TFactory : PortalFactory
{
    private const string ProblemJson = "application/problem+json";

    private sealed record Phone(string Number);

    private sealed record SignedUp(Guid Id, string Status);

    private sealed record Item(Guid Id, string Name, string? Description, string Type, List<Phone> Phones);

    private sealed record Page(List<Item> Items, int TotalCount);

    [Fact]
    public async Task List_Anonymous_HasVerifiedOrganisationsOnly()
    {
        var pending = await PendingOrganisationAsync();
        using var client = portal.CreateClient();

        var page = await client.GetFromJsonAsync<Page>("/api/v1/organisations?pageSize=100");

        await using var db = await ContextAsync();
        Assert.Equal(await db.Organisations.CountAsync(o => o.Status == OrganisationStatus.Verified), page!.TotalCount);
        Assert.DoesNotContain(page.Items, i => i.Id == pending);
        Assert.All(page.Items, i => Assert.Single(i.Phones));
        var pendingResponse = await client.GetAsync($"/api/v1/organisations/{pending}");
        Assert.Equal(HttpStatusCode.NotFound, pendingResponse.StatusCode);
        Assert.Equal(ProblemJson, pendingResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Verify_AdminToken_ThenTheOrganisationIsPublic()
    {
        var id = await PendingOrganisationAsync();
        using var admin = await portal.CreateDemoClientAsync(PortalRoles.Admin);

        var response = await admin.PostAsJsonAsync($"/api/v1/organisations/{id}/verify", new { version = await VersionOfAsync(id) });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using var anonymous = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/organisations/{id}")).StatusCode);
    }

    [Fact]
    public async Task Reject_StaleVersion_IsAConflictProblem()
    {
        var id = await PendingOrganisationAsync();
        var stale = await VersionOfAsync(id);
        using var admin = await portal.CreateDemoClientAsync(PortalRoles.Admin);
        await admin.PostAsJsonAsync($"/api/v1/organisations/{id}/verify", new { version = stale });

        var response = await admin.PostAsJsonAsync($"/api/v1/organisations/{id}/reject", new { version = stale, reason = "材料不全" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reject_WithoutReason_IsAValidationProblem()
    {
        var id = await PendingOrganisationAsync();
        using var admin = await portal.CreateDemoClientAsync(PortalRoles.Admin);

        var response = await admin.PostAsJsonAsync($"/api/v1/organisations/{id}/reject", new { version = await VersionOfAsync(id) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ReasonRequired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ProviderToken_IsForbidden()
    {
        var id = await PendingOrganisationAsync();
        using var provider = await portal.CreateDemoClientAsync(PortalRoles.ProviderStaff);

        var response = await provider.PostAsJsonAsync($"/api/v1/organisations/{id}/verify", new { version = await VersionOfAsync(id) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SignUp_WrongCheckCharacter_Is400NamingTheExpectedCharacter()
    {
        var (code, expected) = FictitiousCreditCodes.WithWrongCheckCharacter();

        var response = await portal.CreateClient().PostAsJsonAsync("/api/v1/organisations", await SignUpAsync(code));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("CreditCodeWrongCheckCharacter", problem, StringComparison.Ordinal);
        Assert.Contains($"expected '{expected}'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_Valid_Is202AndTheOrganisationStaysHiddenUntilVerified()
    {
        var response = await portal.CreateClient().PostAsJsonAsync("/api/v1/organisations", await SignUpAsync(FictitiousCreditCodes.Next()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<SignedUp>())!.Id;
        using var anonymous = portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/organisations/{id}")).StatusCode);
        using var admin = await portal.CreateDemoClientAsync(PortalRoles.Admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/organisations/{id}/verify", new { version = await VersionOfAsync(id) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/organisations/{id}")).StatusCode);
    }

    private async Task<object> SignUpAsync(string creditCode)
    {
        await using var db = await ContextAsync();
        var district = await db.Regions.Where(r => r.Level == RegionLevel.District).OrderBy(r => r.Code).Select(r => r.Id).FirstAsync();
        return new
        {
            organisation = new
            {
                type = "SocialOrganisation",
                name = $"接口注册机构{Guid.NewGuid().ToString("N")[..6]}",
                creditCode,
                contactPhone = "0631-5200000",
                homeDistrictId = district,
                serviceDistrictIds = new[] { district },
                staffName = "注册人",
                staffEmail = $"staff-{Guid.NewGuid():N}@signup.example",
            },
            password = "Signup#2026",
        };
    }

    private async Task<Guid> PendingOrganisationAsync()
    {
        await using var db = await ContextAsync();
        var district = await db.Regions.Where(r => r.Level == RegionLevel.District).OrderBy(r => r.Code).FirstAsync();
        var organisation = new Organisation("待认证测试机构", OrganisationType.VolunteerTeam, UnifiedSocialCreditCode.Parse(FictitiousCreditCodes.Next()), district, "0631-5233333", DateTimeOffset.UtcNow);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    private async Task<Guid> VersionOfAsync(Guid id)
    {
        await using var db = await ContextAsync();
        return await db.Organisations.Where(o => o.Id == id).Select(o => o.Version).SingleAsync();
    }

    private async Task<MarketplaceDbContext> ContextAsync()
    {
        _ = portal.Server;
        return await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
    }
}

public sealed class SqliteOrganisationApiTests(SqlitePortalFactory portal)
    : OrganisationApiTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresOrganisationApiTests(PostgresPortalFactory portal)
    : OrganisationApiTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
