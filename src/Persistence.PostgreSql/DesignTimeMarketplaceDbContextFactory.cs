using Charity.Marketplace;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Charity.Persistence.PostgreSql;

/// <summary>Lets the EF tools build the model for PostgreSql without a running portal or server.</summary>
internal sealed class DesignTimeMarketplaceDbContextFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MarketplaceDbContext>().UsePostgreSql("Host=127.0.0.1;Database=charity_design").Options);
}
