using Charity.Marketplace;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Charity.Persistence.Sqlite;

/// <summary>Lets the EF tools build the model for Sqlite without a running portal or server.</summary>
internal sealed class DesignTimeMarketplaceDbContextFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MarketplaceDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
