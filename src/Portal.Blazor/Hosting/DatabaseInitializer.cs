using Charity.Marketplace;
using Charity.Marketplace.Seeding;
using Charity.Points;
using Charity.Portal.Blazor.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Charity.Portal.Blazor.Hosting;

/// <summary>Applies pending migrations, then seeds reference data and, when enabled, demo data.</summary>
internal sealed partial class DatabaseInitializer(
    IServiceProvider services,
    DatabaseReadiness readiness,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await using (var points = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PointsDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            await points.Database.MigrateAsync(cancellationToken);
        }

        LogMigrated(logger);
        await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEnabledAsync(cancellationToken);
        readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date.")]
    private static partial void LogMigrated(ILogger logger);
}
