using Charity.Marketplace.Privacy;
using System.Text.RegularExpressions;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Charity.Marketplace.Seeding;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Persistence.Tests;

/// <summary>The start-up path (migrate, reference data, demo data) on each real database.</summary>
public abstract partial class SeedingTests<TFactory>(TFactory portal)
    where TFactory : PortalFactory
{
    [Fact]
    public async Task StartUp_WithDemoData_SeedsWeihaiProvidersVolunteersAndHouseholds()
    {
        await using var db = await CreateContextAsync();

        Assert.Equal(4, await db.Regions.CountAsync(r => r.Level == RegionLevel.District));
        Assert.True(await db.Stations.CountAsync() >= 12);
        Assert.Equal(5, await db.ServiceCategories.CountAsync());
        Assert.Equal(20, await db.ServiceItems.CountAsync());
        var verifiedTypes = await db.Organisations.Where(o => o.Status == OrganisationStatus.Verified).Select(o => o.Type).ToListAsync();
        Assert.True(verifiedTypes.Count >= 20);
        Assert.Equal(Enum.GetValues<OrganisationType>().Order(), verifiedTypes.Distinct().Order());
        Assert.True(await db.Volunteers.CountAsync() >= 40);
        Assert.True(await db.CaseFiles.CountAsync() >= 150);
    }

    [Fact]
    public async Task StartUp_WithDemoData_CreatesOneAccountPerRole()
    {
        await using var db = await CreateContextAsync();

        foreach (var account in DemoAccounts.All)
        {
            var roles = await db.UserRoles
                .Where(ur => db.Users.Any(u => u.Id == ur.UserId && u.Email == account.Email))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                .ToListAsync();
            Assert.Equal([account.Role], roles);
        }

        var caseworker = await db.Users.SingleAsync(u => u.Email == DemoAccounts.EmailFor(PortalRoles.Caseworker));
        Assert.NotNull(caseworker.StationId);
        var provider = await db.Users.SingleAsync(u => u.Email == DemoAccounts.EmailFor(PortalRoles.ProviderStaff));
        Assert.NotNull(provider.OrganisationId);
    }

    [Fact]
    public async Task CaseFileRows_HoldNoPlaintextPersonalData()
    {
        await using var db = await CreateContextAsync();
        var protector = portal.Services.GetRequiredService<PersonalDataProtector>();

        var stored = await db.CaseFiles.Select(c => c.Protected).Take(20).ToListAsync();

        Assert.All(stored, data =>
        {
            Assert.DoesNotMatch(ChineseOrDigitsRun(), data.Name);
            Assert.DoesNotMatch(ChineseOrDigitsRun(), data.Phone);
            Assert.DoesNotMatch(ChineseOrDigitsRun(), data.Address);
            var clear = protector.Unprotect(data);
            Assert.Matches(@"^1\d{10}$", clear.Phone);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", clear.Name);
        });
    }

    [Fact]
    public async Task ReferenceDataSeeder_RunAgain_AddsNothing()
    {
        await using var before = await CreateContextAsync();
        var counts = (await before.Regions.CountAsync(), await before.Stations.CountAsync(), await before.ServiceItems.CountAsync(), await before.Roles.CountAsync());

        using (var scope = portal.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(CancellationToken.None);
        }

        await using var after = await CreateContextAsync();
        Assert.Equal(counts, (await after.Regions.CountAsync(), await after.Stations.CountAsync(), await after.ServiceItems.CountAsync(), await after.Roles.CountAsync()));
    }

    private async Task<MarketplaceDbContext> CreateContextAsync()
    {
        _ = portal.Server;
        return await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
    }

    /// <summary>Plain Chinese text or a run of digits (a phone or house number) would mean a field was stored in the clear.</summary>
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|^\d{6,}$")]
    private static partial Regex ChineseOrDigitsRun();
}

public sealed class SqliteSeedingTests(SqlitePortalFactory portal)
    : SeedingTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresSeedingTests(PostgresPortalFactory portal)
    : SeedingTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
