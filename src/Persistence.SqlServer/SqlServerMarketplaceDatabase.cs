using Charity.Marketplace;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.SqlServer;

/// <summary>Configures the marketplace context for SqlServer with this project's migrations.</summary>
public static class SqlServerMarketplaceDatabase
{
    public static DbContextOptionsBuilder<MarketplaceDbContext> UseSqlServer(this DbContextOptionsBuilder<MarketplaceDbContext> options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlServer(connectionString, provider => provider.MigrationsAssembly(typeof(SqlServerMarketplaceDatabase).Assembly.GetName().Name));
    }
}
