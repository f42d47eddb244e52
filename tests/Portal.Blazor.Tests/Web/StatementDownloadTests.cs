using System.Net;
using System.Net.Http.Json;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Rewards;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>
/// The monthly statement's Excel download: a staff member gets their organisation's, an Admin a budget's, a caseworker
/// a household's of their station; any statement that is not the reader's to see is not found.
/// </summary>
public abstract class StatementDownloadTests<TFactory>(TFactory portal)
    where TFactory : PortalFactory
{
    [Fact]
    public async Task ProviderStaff_DownloadTheirOrganisationsStatement_WithItsReward()
    {
        var organisation = await DemoOrganisationIdAsync();
        using (var scope = portal.Services.CreateScope())
        {
            var paid = await scope.ServiceProvider.GetRequiredService<ReferralRewards>().PayAsync(new ReferralCompleted(Guid.NewGuid(), organisation, 5, DateTimeOffset.UtcNow));
            Assert.Equal(Charity.Marketplace.Events.OutboxDelivery.Delivered, paid);
        }

        var lines = await DownloadLinesAsync(PortalRoles.ProviderStaff, owner: string.Empty);

        Assert.Contains(lines, line => line.Values.Any(v => Equals(v?.ToString(), "20")));
    }

    [Fact]
    public async Task Caseworker_GetsNoStatementDownload()
    {
        using var client = portal.CreateBrowserlikeClient();
        await client.SignInAsync(DemoAccounts.EmailFor(PortalRoles.Caseworker), PortalClient.DemoPassword);

        var response = await client.GetAsync("/points/statement.xlsx");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Admin_DownloadsABudgetsStatement_WithTheRewardItPaid()
    {
        var organisation = await DemoOrganisationIdAsync();
        Guid budget;
        using (var scope = portal.Services.CreateScope())
        {
            budget = (await scope.ServiceProvider.GetRequiredService<RewardBudgets>().BureauBudgetAsync()).Id;
            await scope.ServiceProvider.GetRequiredService<ReferralRewards>().PayAsync(new ReferralCompleted(Guid.NewGuid(), organisation, 5, DateTimeOffset.UtcNow));
        }

        var lines = await DownloadLinesAsync(PortalRoles.Admin, $"&budget={budget}");

        Assert.Contains(lines, line => line.Values.Any(v => Equals(v?.ToString(), "-20")));
    }

    [Fact]
    public async Task Caseworker_DownloadsTheStatementOfAHouseholdOfTheirStation_WithTheWorkTheyLogged()
    {
        var (ownStation, _) = await CaseFilesInAndOutsideTheDemoStationAsync();
        await LogTwoHoursOfWorkAsync(PortalRoles.Caseworker, ownStation);

        var lines = await DownloadLinesAsync(PortalRoles.Caseworker, $"&household={ownStation}");

        Assert.Contains(lines, line => line.Values.Any(v => Equals(v?.ToString(), "10")));
    }

    [Theory]
    [InlineData(PortalRoles.Caseworker, "household-elsewhere")]
    [InlineData(PortalRoles.Volunteer, "household")]
    [InlineData(PortalRoles.ProviderStaff, "household")]
    [InlineData(PortalRoles.Caseworker, "budget")]
    [InlineData(PortalRoles.ProviderStaff, "budget")]
    public async Task AStatementThatIsNotTheReadersToSee_IsNotFound(string role, string whose)
    {
        var (ownStation, elsewhere) = await CaseFilesInAndOutsideTheDemoStationAsync();

        // Both households hold points, so a refusal cannot come from a missing account.
        await LogTwoHoursOfWorkAsync(PortalRoles.Admin, ownStation);
        await LogTwoHoursOfWorkAsync(PortalRoles.Admin, elsewhere);
        Guid budget;
        using (var scope = portal.Services.CreateScope())
        {
            budget = (await scope.ServiceProvider.GetRequiredService<RewardBudgets>().BureauBudgetAsync()).Id;
        }

        var owner = whose switch
        {
            "household-elsewhere" => $"&household={elsewhere}",
            "household" => $"&household={ownStation}",
            _ => $"&budget={budget}",
        };
        using var client = portal.CreateBrowserlikeClient();
        await client.SignInAsync(DemoAccounts.EmailFor(role), PortalClient.DemoPassword);

        var response = await client.GetAsync($"/points/statement.xlsx?month={ThisMonth()}{owner}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<List<IDictionary<string, object>>> DownloadLinesAsync(string role, string owner)
    {
        using var client = portal.CreateBrowserlikeClient();
        await client.SignInAsync(DemoAccounts.EmailFor(role), PortalClient.DemoPassword);
        var response = await client.GetAsync($"/points/statement.xlsx?month={ThisMonth()}{owner}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. workbook.Query(useHeaderRow: false, sheetName: MiniExcel.GetSheetNames(workbook)[1]).Cast<IDictionary<string, object>>()];
    }

    private async Task LogTwoHoursOfWorkAsync(string role, Guid caseFileId)
    {
        using var client = await portal.CreateBearerClientAsync(DemoAccounts.EmailFor(role), PortalClient.DemoPassword);
        var logged = await client.PostAsJsonAsync(
            $"/api/v1/points/households/{caseFileId}/work", new HouseholdWork(Guid.NewGuid(), ChinaCalendar.Today(TimeProvider.System), 2m, "清扫楼道"));
        Assert.Equal(HttpStatusCode.OK, logged.StatusCode);
    }

    private static string ThisMonth() => ChinaCalendar.Today(TimeProvider.System).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A demo household of the demo caseworker's station, and one of another station.</summary>
    private async Task<(Guid OwnStation, Guid Elsewhere)> CaseFilesInAndOutsideTheDemoStationAsync()
    {
        _ = portal.Server;
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
        var station = await db.Users.Where(u => u.Email == DemoAccounts.EmailFor(PortalRoles.Caseworker)).Select(u => u.StationId!.Value).SingleAsync();
        var own = await db.CaseFiles.Where(c => c.StationId == station).OrderBy(c => c.FileNumber).Select(c => c.Id).FirstAsync();
        var elsewhere = await db.CaseFiles.Where(c => c.StationId != station).OrderBy(c => c.FileNumber).Select(c => c.Id).FirstAsync();
        return (own, elsewhere);
    }

    private async Task<Guid> DemoOrganisationIdAsync()
    {
        _ = portal.Server;
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == DemoAccounts.EmailFor(PortalRoles.ProviderStaff)).Select(u => u.OrganisationId!.Value).SingleAsync();
    }
}

public sealed class SqliteStatementDownloadTests(SqlitePortalFactory portal)
    : StatementDownloadTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresStatementDownloadTests(PostgresPortalFactory portal)
    : StatementDownloadTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
