using Charity.Marketplace;
using Charity.Persistence.PostgreSql;
using Charity.Persistence.Sqlite;
using Charity.Persistence.SqlServer;
using Charity.Points;
using Microsoft.EntityFrameworkCore;

namespace Charity.Portal.Blazor.Hosting;

internal static class DatabaseRegistration
{
    /// <summary>Registers the marketplace context factory on the provider that configuration names.</summary>
    public static WebApplicationBuilder AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionStringFor(options.Provider, builder.Configuration);
        builder.Services.AddDbContextFactory<MarketplaceDbContext>(db =>
            UseProvider((DbContextOptionsBuilder<MarketplaceDbContext>)db, options.Provider, connectionString));
        builder.Services.AddDbContextFactory<PointsDbContext>(db =>
            UseProvider((DbContextOptionsBuilder<PointsDbContext>)db, options.Provider, connectionString));
        builder.Services.AddPointsLedger();
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddSingleton<DatabaseReadiness>();
        return builder;
    }

    /// <summary>Points the marketplace context at a provider, with that provider's migrations.</summary>
    public static DbContextOptionsBuilder<MarketplaceDbContext> UseProvider(
        DbContextOptionsBuilder<MarketplaceDbContext> options, DatabaseProvider provider, string connectionString) => provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.PostgreSql => options.UsePostgreSql(connectionString),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString),
            _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
        };

    /// <summary>Points the ledger's context at a provider, with that provider's migrations (same database).</summary>
    public static DbContextOptionsBuilder<PointsDbContext> UseProvider(
        DbContextOptionsBuilder<PointsDbContext> options, DatabaseProvider provider, string connectionString) => provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.PostgreSql => options.UsePostgreSql(connectionString),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString),
            _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
        };

    private static string ConnectionStringFor(DatabaseProvider provider, IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(provider.ToString());
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Set ConnectionStrings:{provider} to use the {provider} provider.");
        }

        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "CharityPortal");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "charity.db")}";
    }
}
