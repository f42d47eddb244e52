using Charity.Points;
using Charity.Portal.Blazor.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Charity.TestSupport.Databases;

/// <summary>The points ledger's context on a test database, configured as the portal configures it.</summary>
public static class PointsDatabaseExtensions
{
    public static DbContextOptions<PointsDbContext> PointsOptions(this ITestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return DatabaseRegistration.UseProvider(new DbContextOptionsBuilder<PointsDbContext>(), database.Provider, database.ConnectionString).Options;
    }

    public static IDbContextFactory<PointsDbContext> PointsContextFactory(this ITestDatabase database) =>
        new PooledDbContextFactory<PointsDbContext>(database.PointsOptions());

    /// <summary>Applies every points migration of the database's provider, as the portal does at start-up.</summary>
    public static async Task MigratePointsAsync(this ITestDatabase database)
    {
        await using var db = new PointsDbContext(database.PointsOptions());
        await db.Database.MigrateAsync();
    }
}
