using Charity.Marketplace;
using Charity.Portal.Blazor.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Charity.Persistence.Tests;

/// <summary>The checked-in migrations of every provider describe exactly the current model. No server is needed.</summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=unused")]
    [InlineData(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=unused;TrustServerCertificate=True")]
    public void Migrations_OfEachProvider_MatchTheModel(DatabaseProvider provider, string connectionString)
    {
        using var db = ContextFor(provider, connectionString);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration in src/Persistence.{provider}.");
    }

    [Fact]
    public void SqlServer_IdempotentScript_IsGeneratedWithoutAServer()
    {
        using var db = ContextFor(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=unused;TrustServerCertificate=True");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [CaseFiles]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        var artefacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artefacts"));
        File.WriteAllText(Path.Combine(artefacts.FullName, "sqlserver-idempotent.sql"), script);
    }

    private static MarketplaceDbContext ContextFor(DatabaseProvider provider, string connectionString) =>
        new(DatabaseRegistration.UseProvider(new DbContextOptionsBuilder<MarketplaceDbContext>(), provider, connectionString).Options);
}
