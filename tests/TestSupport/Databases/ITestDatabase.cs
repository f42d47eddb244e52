using Charity.Marketplace;
using Charity.Portal.Blazor.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Charity.TestSupport.Databases;

/// <summary>A real, empty database that one test class owns.</summary>
public interface ITestDatabase
{
    DatabaseProvider Provider { get; }

    string ConnectionString { get; }
}

public static class TestDatabaseExtensions
{
    public static DbContextOptions<MarketplaceDbContext> MarketplaceOptions(this ITestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return DatabaseRegistration.UseProvider(new DbContextOptionsBuilder<MarketplaceDbContext>(), database.Provider, database.ConnectionString).Options;
    }

    public static IDbContextFactory<MarketplaceDbContext> MarketplaceContextFactory(this ITestDatabase database) =>
        new PooledDbContextFactory<MarketplaceDbContext>(database.MarketplaceOptions());

    /// <summary>Applies every migration of the database's provider, as the portal does at start-up.</summary>
    public static async Task MigrateAsync(this ITestDatabase database)
    {
        await using var db = new MarketplaceDbContext(database.MarketplaceOptions());
        await db.Database.MigrateAsync();
    }
}
