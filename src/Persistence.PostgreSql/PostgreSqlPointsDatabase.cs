using Charity.Points;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Charity.Persistence.PostgreSql;

/// <summary>Configures the points ledger's context for PostgreSql with this project's migrations and the ledger's own history table.</summary>
public static class PostgreSqlPointsDatabase
{
    private const int PreparedStatementsPerConnection = 32;

    private static readonly string? MigrationsAssembly = typeof(PostgreSqlPointsDatabase).Assembly.GetName().Name;

    /// <summary>
    /// Unless the connection string says otherwise, the ledger's connections prepare the statements they repeat
    /// (Npgsql's automatic preparation): its hot statements are few and fixed, and parsing and planning them on every
    /// transfer cost more than writing the rows (ADR 0008).
    /// </summary>
    public static DbContextOptionsBuilder<PointsDbContext> UsePostgreSql(this DbContextOptionsBuilder<PointsDbContext> options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = PreparedStatementsPerConnection;
            builder.AutoPrepareMinUsages = 2;
        }

        // The ledger sets no session state, so a connection back from the pool needs no reset statement before its next use.
        builder.NoResetOnClose = true;

        return options.UseNpgsql(builder.ConnectionString, provider => provider.MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(PointsDbContext.MigrationsHistoryTable));
    }
}
