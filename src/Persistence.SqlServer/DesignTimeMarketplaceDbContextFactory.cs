using Charity.Marketplace;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Charity.Persistence.SqlServer;

/// <summary>Lets the EF tools build the model for SqlServer without a running portal or server.</summary>
internal sealed class DesignTimeMarketplaceDbContextFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MarketplaceDbContext>().UseSqlServer("Server=127.0.0.1;Database=charity_design;Trusted_Connection=False;TrustServerCertificate=True").Options);
}
