using Charity.Points;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Charity.Persistence.SqlServer;

/// <summary>Lets the EF tools build the points model for SqlServer without a running portal or server.</summary>
internal sealed class DesignTimePointsDbContextFactory : IDesignTimeDbContextFactory<PointsDbContext>
{
    public PointsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PointsDbContext>().UseSqlServer("Server=127.0.0.1;Database=charity_design;Trusted_Connection=False;TrustServerCertificate=True").Options);
}
