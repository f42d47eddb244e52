using Charity.Portal.Blazor.Hosting;
using Charity.TestSupport.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Charity.Points.Tests;

/// <summary>The checked-in points migrations of every provider describe exactly the current model. No server is needed.</summary>
public sealed class PointsMigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=unused")]
    [InlineData(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=unused;TrustServerCertificate=True")]
    public void Migrations_OfEachProvider_MatchTheModel(DatabaseProvider provider, string connectionString)
    {
        using var db = new PointsDbContext(new UnopenedDatabase(provider, connectionString).PointsOptions());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} points migrations are behind the model: add one in src/Persistence.{provider}/Migrations/Points.");
    }

    [Fact]
    public void SqlServer_IdempotentScript_CreatesTheStoreTablesWithoutAServer()
    {
        using var db = new PointsDbContext(new UnopenedDatabase(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=unused;TrustServerCertificate=True").PointsOptions());

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [PointsStoreItems]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [PointsStoreOrders]", script, StringComparison.Ordinal);
    }

    private sealed record UnopenedDatabase(DatabaseProvider Provider, string ConnectionString) : ITestDatabase;
}
