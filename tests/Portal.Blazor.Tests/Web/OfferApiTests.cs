using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>The offer API: public HSDS-shaped reads, writes only by the owning organisation's staff, conflicts, validation.</summary>
public abstract class OfferApiTests<TFactory>(TFactory portal)
    where TFactory : PortalFactory
{
    private sealed record ValidationProblem(string Title, int Status, Dictionary<string, string[]> Errors);

    [Fact]
    public async Task List_Anonymous_ReturnsActiveOffersOfVerifiedOrganisationsInHsdsShape()
    {
        using var client = portal.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/offers?pageSize=200"));

        var contents = json.RootElement.GetProperty("contents").EnumerateArray().ToList();
        Assert.InRange(contents.Count, 25, 200);
        var pending = await PendingOrganisationIdsAsync();
        foreach (var offer in contents)
        {
            Assert.Equal("active", offer.GetProperty("service").GetProperty("status").GetString());
            Assert.DoesNotContain(offer.GetProperty("organization").GetProperty("id").GetGuid(), pending);
            Assert.Equal(offer.GetProperty("service").GetProperty("id").GetGuid(), offer.GetProperty("service_at_location").GetProperty("service_id").GetGuid());
            Assert.InRange(offer.GetProperty("location").GetProperty("latitude").GetDouble(), 36.5, 37.8);
            Assert.Matches("^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$", offer.GetProperty("schedule")[0].GetProperty("byday").GetString());
            Assert.Matches("^\\d\\d:\\d\\d$", offer.GetProperty("schedule")[0].GetProperty("opens_at").GetString());
        }
    }

    [Fact]
    public async Task Create_ProviderToken_Returns201AndTheOfferIsPublic()
    {
        using var provider = await ProviderClientAsync();

        var response = await provider.PostAsJsonAsync("/api/v1/offers", Draft("接口发布的助餐服务"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("service").GetProperty("id").GetGuid();
        using var anonymous = portal.CreateClient();
        using var fetched = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/offers/{id}"));
        Assert.Equal("接口发布的助餐服务", fetched.RootElement.GetProperty("service").GetProperty("name").GetString());
        Assert.Equal("威海市阳光社会工作服务中心", fetched.RootElement.GetProperty("organization").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_StaffOfAnotherOrganisation_Is403AndChangesNothing()
    {
        using var provider = await ProviderClientAsync();
        var (id, version) = await CreateAsync(provider, "原来的名称");
        using var other = await portal.CreateOtherOrganisationStaffClientAsync();

        var response = await other.PutAsJsonAsync($"/api/v1/offers/{id}", new { offer = Draft("别的机构改的名称"), version });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var anonymous = portal.CreateClient();
        using var fetched = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/offers/{id}"));
        Assert.Equal("原来的名称", fetched.RootElement.GetProperty("service").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_StaleVersion_Is409AndKeepsTheFirstEdit()
    {
        using var provider = await ProviderClientAsync();
        var (id, version) = await CreateAsync(provider, "初版");
        Assert.Equal(HttpStatusCode.OK, (await provider.PutAsJsonAsync($"/api/v1/offers/{id}", new { offer = Draft("第一次修改"), version })).StatusCode);

        var late = await provider.PutAsJsonAsync($"/api/v1/offers/{id}", new { offer = Draft("过期的修改"), version });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("application/problem+json", late.Content.Headers.ContentType?.MediaType);
        using var fetched = JsonDocument.Parse(await provider.GetStringAsync($"/api/v1/offers/{id}"));
        Assert.Equal("第一次修改", fetched.RootElement.GetProperty("service").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Create_RadiusOver100AndZeroCapacity_Is400NamingBothFields()
    {
        using var provider = await ProviderClientAsync();

        var response = await provider.PostAsJsonAsync("/api/v1/offers", Draft("半径太大", radiusKm: 150, capacity: 0));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        Assert.Equal(["RadiusOutOfRange"], problem!.Errors["RadiusKm"]);
        Assert.Equal(["CapacityNotPositive"], problem.Errors["Capacity"]);
    }

    [Fact]
    public async Task Create_WithoutTokenOrAsCaseworker_IsRefused()
    {
        using var anonymous = portal.CreateClient();
        using var caseworker = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/offers", Draft("匿名"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsJsonAsync("/api/v1/offers", Draft("社工"))).StatusCode);
    }

    private static object Draft(string title, int radiusKm = 10, int capacity = 15)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        return new
        {
            serviceItemCode = "LIV-MEAL",
            titleZh = title,
            descriptionZh = "工作日午餐送到家。",
            latitude = 37.51,
            longitude = 122.11,
            radiusKm,
            capacity,
            capacityUnit = "HouseholdsPerWeek",
            days = "Monday, Wednesday, Friday",
            opensAt = "10:30:00",
            closesAt = "12:30:00",
            startDate = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            endDate = today.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            eligibleCategories = new[] { "MinimumSubsistence" },
            eligibleGroups = "ElderlyLivingAlone",
            cost = 0,
        };
    }

    private static async Task<(Guid Id, Guid Version)> CreateAsync(HttpClient client, string title)
    {
        var response = await client.PostAsJsonAsync("/api/v1/offers", Draft(title));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("service").GetProperty("id").GetGuid(), json.RootElement.GetProperty("version").GetGuid());
    }

    private Task<HttpClient> ProviderClientAsync() => portal.CreateDemoClientAsync(PortalRoles.ProviderStaff);

    private async Task<List<Guid>> PendingOrganisationIdsAsync()
    {
        _ = portal.Server;
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
        return await db.Organisations.Where(o => o.Status != OrganisationStatus.Verified).Select(o => o.Id).ToListAsync();
    }
}

public sealed class SqliteOfferApiTests(SqlitePortalFactory portal)
    : OfferApiTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresOfferApiTests(PostgresPortalFactory portal)
    : OfferApiTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
