using Charity.Marketplace;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Sqlite;

/// <summary>Configures the marketplace context for Sqlite with this project's migrations.</summary>
public static class SqliteMarketplaceDatabase
{
    public static DbContextOptionsBuilder<MarketplaceDbContext> UseSqlite(this DbContextOptionsBuilder<MarketplaceDbContext> options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(connectionString, provider => provider.MigrationsAssembly(typeof(SqliteMarketplaceDatabase).Assembly.GetName().Name));
    }
}
