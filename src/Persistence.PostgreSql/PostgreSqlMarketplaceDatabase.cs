using Charity.Marketplace;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.PostgreSql;

/// <summary>Configures the marketplace context for PostgreSql with this project's migrations.</summary>
public static class PostgreSqlMarketplaceDatabase
{
    public static DbContextOptionsBuilder<MarketplaceDbContext> UsePostgreSql(this DbContextOptionsBuilder<MarketplaceDbContext> options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(connectionString, provider => provider.MigrationsAssembly(typeof(PostgreSqlMarketplaceDatabase).Assembly.GetName().Name));
    }
}
