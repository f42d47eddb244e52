using Charity.Points;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.PostgreSql;

/// <summary>Configures the points ledger's context for PostgreSql with this project's migrations and the ledger's own history table.</summary>
public static class PostgreSqlPointsDatabase
{
    private static readonly string? MigrationsAssembly = typeof(PostgreSqlPointsDatabase).Assembly.GetName().Name;

    public static DbContextOptionsBuilder<PointsDbContext> UsePostgreSql(this DbContextOptionsBuilder<PointsDbContext> options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(connectionString, provider => provider.MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(PointsDbContext.MigrationsHistoryTable));
    }
}
