using System.Net;
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

/// <summary>The monthly statement's Excel download: a staff member gets their organisation's, and only a signed-in volunteer or staff member gets one.</summary>
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

        using var client = portal.CreateBrowserlikeClient();
        await client.SignInAsync(DemoAccounts.EmailFor(PortalRoles.ProviderStaff), PortalClient.DemoPassword);
        var month = ChinaCalendar.Today(TimeProvider.System).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.GetAsync($"/points/statement.xlsx?month={month}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var lines = workbook.Query(useHeaderRow: false, sheetName: MiniExcel.GetSheetNames(workbook)[1]).Cast<IDictionary<string, object>>().ToList();
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
