using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>The volunteer API: registration, the volunteer's own profile and teams, the staff's side of the team.</summary>
public abstract class VolunteerApiTests<TFactory>(TFactory portal)
    where TFactory : PortalFactory
{
    private const string Password = NewVolunteers.Password;
    private const string ProblemJson = "application/problem+json";
    private static readonly string[] MealDelivery = ["LIV-MEAL"];
    private static readonly string[] MealsAndVisits = ["LIV-MEAL", "SUP-VISIT"];

    [Fact]
    public async Task Register_ValidRequest_Is201AndTheNewAccountReadsItsProfile()
    {
        var email = NewVolunteers.NewEmail();

        var response = await portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new { displayName = "接口志愿者", email, password = Password, districtId = await portal.FirstDistrictIdAsync() });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var volunteer = await portal.CreateBearerClientAsync(email, Password);
        using var profile = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/volunteers/me"));
        Assert.Equal("接口志愿者", profile.RootElement.GetProperty("displayName").GetString());
        Assert.Equal(0, profile.RootElement.GetProperty("skillCodes").GetArrayLength());
    }

    [Fact]
    public async Task Register_WeakPasswordAndUnknownDistrict_Is400NamingTheField()
    {
        var response = await portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new { displayName = "志愿者", email = NewVolunteers.NewEmail(), password = "short", districtId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("UnknownDistrict", problem.RootElement.GetProperty("errors").GetProperty("DistrictId")[0].GetString());
    }

    [Fact]
    public async Task UpdateProfile_InvalidPhone_Is400AndChangesNothing()
    {
        using var volunteer = await NewVolunteerClientAsync();
        var version = await VersionAsync(volunteer);

        var response = await volunteer.PutAsJsonAsync("/api/v1/volunteers/me", new { phone = "12345", skillCodes = MealDelivery, version });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PhoneInvalid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(volunteer));
    }

    [Fact]
    public async Task UpdateProfile_StaleVersion_Is409AndKeepsTheFirstChange()
    {
        using var volunteer = await NewVolunteerClientAsync();
        var version = await VersionAsync(volunteer);
        var first = await volunteer.PutAsJsonAsync("/api/v1/volunteers/me", new
        {
            phone = "13906310001",
            skillCodes = MealsAndVisits,
            availability = new[] { new { day = "Saturday", part = "Morning" } },
            version,
        });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var late = await volunteer.PutAsJsonAsync("/api/v1/volunteers/me", new { phone = "13906310002", version });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(ProblemJson, late.Content.Headers.ContentType?.MediaType);
        using var profile = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/volunteers/me"));
        Assert.Equal("13906310001", profile.RootElement.GetProperty("phone").GetString());
        Assert.Equal("Saturday", profile.RootElement.GetProperty("availability")[0].GetProperty("day").GetString());
    }

    [Fact]
    public async Task JoinTeam_StaffApprove_TheVolunteerIsInTheRosterWithTheirPhone()
    {
        var (volunteer, name) = await NewVolunteerWithPhoneAsync("13906319999");
        using (volunteer)
        {
            using var staff = await portal.CreateDemoClientAsync(PortalRoles.ProviderStaff);
            Assert.Equal(HttpStatusCode.Accepted, (await volunteer.PostAsJsonAsync("/api/v1/volunteers/me/teams", new { organisationId = await DemoProviderIdAsync() })).StatusCode);
            var request = (await RequestsAsync(staff)).Single(r => r.GetProperty("volunteerName").GetString() == name);

            var approved = await staff.PostAsJsonAsync($"/api/v1/volunteers/team/requests/{request.GetProperty("membershipId").GetGuid()}/approve", new { version = request.GetProperty("version").GetGuid() });

            Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
            using var roster = JsonDocument.Parse(await staff.GetStringAsync("/api/v1/volunteers/team"));
            Assert.Contains(roster.RootElement.EnumerateArray(), m => m.GetProperty("name").GetString() == name && m.GetProperty("phone").GetString() == "13906319999");
            using var teams = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/volunteers/me/teams"));
            Assert.Equal("Active", teams.RootElement[0].GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task DecideRequest_StaffOfAnotherOrganisation_Is404AndTheRequestStaysPending()
    {
        var (volunteer, name) = await NewVolunteerWithPhoneAsync(phone: null);
        using (volunteer)
        {
            using var staff = await portal.CreateDemoClientAsync(PortalRoles.ProviderStaff);
            await volunteer.PostAsJsonAsync("/api/v1/volunteers/me/teams", new { organisationId = await DemoProviderIdAsync() });
            var request = (await RequestsAsync(staff)).Single(r => r.GetProperty("volunteerName").GetString() == name);
            using var other = await portal.CreateOtherOrganisationStaffClientAsync();

            var response = await other.PostAsJsonAsync($"/api/v1/volunteers/team/requests/{request.GetProperty("membershipId").GetGuid()}/approve", new { version = request.GetProperty("version").GetGuid() });

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains(await RequestsAsync(staff), r => r.GetProperty("volunteerName").GetString() == name);
        }
    }

    [Fact]
    public async Task TeamEndpoints_VolunteerTokenIs403AndNoTokenIs401()
    {
        using var volunteer = await portal.CreateDemoClientAsync(PortalRoles.Volunteer);
        using var anonymous = portal.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync("/api/v1/volunteers/team")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/volunteers/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/volunteers/team")).StatusCode);
    }

    private static Task<Guid> VersionAsync(HttpClient volunteer) => NewVolunteers.ProfileVersionAsync(volunteer);

    private static async Task<List<JsonElement>> RequestsAsync(HttpClient staff)
    {
        using var requests = JsonDocument.Parse(await staff.GetStringAsync("/api/v1/volunteers/team/requests"));
        return [.. requests.RootElement.EnumerateArray().Select(r => r.Clone())];
    }

    private async Task<HttpClient> NewVolunteerClientAsync() => (await portal.CreateNewVolunteerClientAsync()).Client;

    private Task<(HttpClient Client, string Name)> NewVolunteerWithPhoneAsync(string? phone) => portal.CreateNewVolunteerClientAsync(phone);

    private async Task<Guid> DemoProviderIdAsync()
    {
        await using var db = await ContextAsync();
        return await db.Users.Where(u => u.Email == DemoAccounts.EmailFor(PortalRoles.ProviderStaff)).Select(u => u.OrganisationId!.Value).SingleAsync();
    }

    private async Task<MarketplaceDbContext> ContextAsync()
    {
        _ = portal.Server;
        return await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
    }
}

public sealed class SqliteVolunteerApiTests(SqlitePortalFactory portal)
    : VolunteerApiTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresVolunteerApiTests(PostgresPortalFactory portal)
    : VolunteerApiTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
