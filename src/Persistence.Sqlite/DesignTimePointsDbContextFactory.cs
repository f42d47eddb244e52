using Charity.Points;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Charity.Persistence.Sqlite;

/// <summary>Lets the EF tools build the points model for Sqlite without a running portal or server.</summary>
internal sealed class DesignTimePointsDbContextFactory : IDesignTimeDbContextFactory<PointsDbContext>
{
    public PointsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PointsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
