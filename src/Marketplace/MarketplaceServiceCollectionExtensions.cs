using Charity.Marketplace.Cases;
using Charity.Marketplace.Catalog;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Overview;
using Charity.Marketplace.Regions;
using Charity.Marketplace.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Marketplace;

public static class MarketplaceServiceCollectionExtensions
{
    /// <summary>Registers the marketplace's services. The host registers the DbContext factory for its provider.</summary>
    public static IServiceCollection AddMarketplace(this IServiceCollection services)
    {
        services.AddSingleton<PersonalDataProtector>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<HomeOverviewQueries>();
        services.AddScoped<ServiceCatalogQueries>();
        services.AddScoped<StationDirectory>();
        services.AddScoped<RegionDirectory>();
        services.AddScoped<OrganisationDirectory>();
        return services;
    }
}
