using Charity.Marketplace;
using Charity.Points;
using Charity.TestSupport.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Components;

/// <summary>The marketplace's and the ledger's services over one test database, for components that read both.</summary>
internal static class DatabaseServices
{
    public static IServiceCollection AddMarketplaceAndLedger(this IServiceCollection services, SqliteTestDatabase database)
    {
        services.AddSingleton(database.MarketplaceContextFactory());
        services.AddSingleton(database.PointsContextFactory());
        services.AddMarketplace();
        services.AddPointsLedger();
        return services;
    }
}
