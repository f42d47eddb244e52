using Charity.Points;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.SqlServer;

/// <summary>Configures the points ledger's context for SqlServer with this project's migrations and the ledger's own history table.</summary>
public static class SqlServerPointsDatabase
{
    private static readonly string? MigrationsAssembly = typeof(SqlServerPointsDatabase).Assembly.GetName().Name;

    public static DbContextOptionsBuilder<PointsDbContext> UseSqlServer(this DbContextOptionsBuilder<PointsDbContext> options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlServer(connectionString, provider => provider.MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(PointsDbContext.MigrationsHistoryTable));
    }
}
