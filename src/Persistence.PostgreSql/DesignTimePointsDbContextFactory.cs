using Charity.Points;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Charity.Persistence.PostgreSql;

/// <summary>Lets the EF tools build the points model for PostgreSql without a running portal or server.</summary>
internal sealed class DesignTimePointsDbContextFactory : IDesignTimeDbContextFactory<PointsDbContext>
{
    public PointsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PointsDbContext>().UsePostgreSql("Host=127.0.0.1;Database=charity_design").Options);
}
