using Charity.Points;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Sqlite;

/// <summary>Configures the points ledger's context for Sqlite with this project's migrations and the ledger's own history table.</summary>
public static class SqlitePointsDatabase
{
    private static readonly string? MigrationsAssembly = typeof(SqlitePointsDatabase).Assembly.GetName().Name;

    public static DbContextOptionsBuilder<PointsDbContext> UseSqlite(this DbContextOptionsBuilder<PointsDbContext> options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(connectionString, provider => provider.MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(PointsDbContext.MigrationsHistoryTable));
    }
}
