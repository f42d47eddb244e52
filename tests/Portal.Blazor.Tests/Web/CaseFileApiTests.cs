using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Privacy;
using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Cases;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>The case-file API with bearer tokens of the demo accounts: station scoping, validation, audit, authorisation.</summary>
public abstract class CaseFileApiTests<TFactory>(TFactory portal)
    where TFactory : PortalFactory
{
    private const string ProblemJson = "application/problem+json";

    private sealed record Problem(string Title, int Status);

    private sealed record ValidationProblem(string Title, int Status, Dictionary<string, string[]> Errors);

    private sealed record Row(Guid Id, string FileNumber);

    private sealed record Page(List<Row> Rows, int TotalCount);

    private sealed record Detail(Guid Id, string FileNumber, Guid StationId);

    [Fact]
    public async Task List_CaseworkerToken_ListsExactlyTheOwnStationsFiles()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var (_, station) = await CaseworkerAsync();

        var page = await client.GetFromJsonAsync<Page>("/api/v1/cases?pageSize=100");

        await using var db = await ContextAsync();
        var ownFiles = await db.CaseFiles.Where(c => c.StationId == station).Select(c => c.Id).ToListAsync();
        Assert.NotEmpty(ownFiles);
        Assert.Equal(ownFiles.Count, page!.TotalCount);
        Assert.Equal(ownFiles.Order(), page.Rows.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task Get_FileOfTheOwnStation_ReturnsIt()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var (_, station) = await CaseworkerAsync();
        var file = await SomeFileAsync(atStation: true, station);

        var detail = await client.GetFromJsonAsync<Detail>($"/api/v1/cases/{file}");

        Assert.Equal((file, station), (detail!.Id, detail.StationId));
    }

    [Fact]
    public async Task Get_FileOfAnotherStation_Is404ProblemDetails()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var (_, station) = await CaseworkerAsync();
        var file = await SomeFileAsync(atStation: false, station);

        var response = await client.GetAsync($"/api/v1/cases/{file}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal(("Case file not found", 404), (problem!.Title, problem.Status));
    }

    [Fact]
    public async Task Open_InvalidIdNumber_Is400ValidationProblemWithAnIdNumberError()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var valid = FictitiousIdNumbers.Next();
        var wrongCheckCharacter = valid[..^1] + (valid[^1] == '0' ? '1' : '0');

        var response = await client.PostAsJsonAsync("/api/v1/cases", await HouseholdAsync(wrongCheckCharacter));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        Assert.Equal(["IdNumber"], problem!.Errors.Keys);
        Assert.Equal(["IdNumberInvalid"], problem.Errors["IdNumber"]);
    }

    [Fact]
    public async Task Open_ValidHousehold_Is201WithTheLocationOfTheNewFile()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var (_, station) = await CaseworkerAsync();

        var response = await client.PostAsJsonAsync("/api/v1/cases", await HouseholdAsync(FictitiousIdNumbers.Next()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<Detail>();
        Assert.Equal($"/api/v1/cases/{created!.Id}", response.Headers.Location?.OriginalString);
        var fetched = await client.GetFromJsonAsync<Detail>(response.Headers.Location);
        Assert.Equal((created.Id, created.FileNumber, station), (fetched!.Id, fetched.FileNumber, fetched.StationId));
    }

    [Fact]
    public async Task RevealPersonalData_CaseworkerToken_WritesOneAuditRowNamingTheCaseworker()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var (caseworker, station) = await CaseworkerAsync();
        var file = await SomeFileAsync(atStation: true, station);
        var before = await AuditRowsAsync(file);

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{file}/personal-data", new { purpose = "Verification" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await AuditRowsAsync(file);
        var added = Assert.Single(after.ExceptBy(before.Select(a => a.Id), a => a.Id));
        Assert.Equal((caseworker, file, AccessPurpose.Verification), (added.UserId, added.CaseFileId, added.Purpose));
    }

    [Fact]
    public async Task RevealPersonalData_FileOfAnotherStation_Is404AndWritesNoAuditRow()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var (_, station) = await CaseworkerAsync();
        var file = await SomeFileAsync(atStation: false, station);

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{file}/personal-data", new { purpose = "Verification" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await AuditRowsAsync(file));
    }

    [Fact]
    public async Task List_VolunteerToken_Is403()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Volunteer);

        var response = await client.GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_WithoutToken_Is401()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<MarketplaceDbContext> ContextAsync()
    {
        _ = portal.Server;
        return await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
    }

    private async Task<(Guid UserId, Guid StationId)> CaseworkerAsync()
    {
        await using var db = await ContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == DemoAccounts.EmailFor(PortalRoles.Caseworker));
        return (user.Id, user.StationId!.Value);
    }

    private async Task<Guid> SomeFileAsync(bool atStation, Guid station)
    {
        await using var db = await ContextAsync();
        var files = atStation ? db.CaseFiles.Where(c => c.StationId == station) : db.CaseFiles.Where(c => c.StationId != station);
        return await files.OrderBy(c => c.FileNumber).Select(c => c.Id).FirstAsync();
    }

    private async Task<List<PersonalDataAccess>> AuditRowsAsync(Guid file)
    {
        await using var db = await ContextAsync();
        return await db.PersonalDataAccessLog.AsNoTracking().Where(a => a.CaseFileId == file).ToListAsync();
    }

    /// <summary>A one-person household in a community of the caseworker's station, as an API client sends it.</summary>
    private async Task<object> HouseholdAsync(string idNumber)
    {
        var (_, station) = await CaseworkerAsync();
        await using var db = await ContextAsync();
        var township = await db.Stations.Where(s => s.Id == station).Select(s => s.TownshipId).SingleAsync();
        var community = await db.Regions.Where(r => r.Level == RegionLevel.Community && r.ParentId == township).OrderBy(r => r.Code).Select(r => r.Id).FirstAsync();
        return new
        {
            headName = "上官明月",
            idNumber,
            phone = "13987654321",
            address = "幸福路8号楼1单元101室",
            communityId = community,
            category = "MinimumSubsistence",
            specialGroups = "None",
            householdSize = 1,
            consentToShare = true,
            discovery = "Application",
            members = Array.Empty<object>(),
        };
    }
}

public sealed class SqliteCaseFileApiTests(SqlitePortalFactory portal)
    : CaseFileApiTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresCaseFileApiTests(PostgresPortalFactory portal)
    : CaseFileApiTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
