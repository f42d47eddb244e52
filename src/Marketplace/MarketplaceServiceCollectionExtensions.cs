using Charity.Marketplace.Privacy;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Candidates;
using Charity.Marketplace.Events;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Catalog;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Marketplace.Offers;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Overview;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Regions;
using Charity.Marketplace.Rewards;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Marketplace.Seeding;
using Charity.Marketplace.Visits;
using Charity.Marketplace.Volunteers;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Marketplace;

public static class MarketplaceServiceCollectionExtensions
{
    /// <summary>Registers the marketplace's services. The host registers the DbContext factory for its provider.</summary>
    public static IServiceCollection AddMarketplace(this IServiceCollection services)
    {
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<IdNumberBlindIndex>();
        services.AddScoped<PersonalDataAuditLog>();
        services.AddScoped<CaseFileService>();
        services.AddScoped<AssessmentRulesService>();
        services.AddScoped<AssessmentService>();
        services.AddSingleton<PersonalDataScanner>();
        services.AddScoped<NeedPublisher>();
        services.AddScoped<NeedWorklist>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<HomeOverviewQueries>();
        services.AddScoped<ServiceCatalogQueries>();
        services.AddScoped<StationDirectory>();
        services.AddScoped<RegionDirectory>();
        services.AddScoped<OrganisationDirectory>();
        services.AddScoped<OfferService>();
        services.AddScoped<OfferDirectory>();
        services.AddScoped<OrganisationVerification>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<TeamMemberships>();
        services.AddScoped<VolunteerProfiles>();
        services.AddScoped<ReferralCommands>();
        services.AddScoped<VisitCommands>();
        services.AddScoped<ReferralQueries>();
        services.AddScoped<ReferralContacts>();
        services.AddScoped<CandidateFinder>();
        services.AddScoped<NearbyNeeds>();
        services.AddRewards();
        return services;
    }

    /// <summary>Sea-shell points at the marketplace's edge: rules, budgets, payments for events, gifts. The host registers the ledger.</summary>
    private static IServiceCollection AddRewards(this IServiceCollection services)
    {
        services.AddScoped<RewardAccounts>();
        services.AddScoped<RewardBudgets>();
        services.AddScoped<RewardRulesService>();
        services.AddScoped<HouseholdRewards>();
        services.AddScoped<PointsGifts>();
        services.AddScoped<VisitRewards>();
        services.AddScoped<ReferralRewards>();
        services.AddScoped<IOutboxHandler>(provider => provider.GetRequiredService<VisitRewards>());
        services.AddScoped<IOutboxHandler>(provider => provider.GetRequiredService<ReferralRewards>());
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<SupermarketShelves>();
        services.AddScoped<SupermarketOrders>();
        return services;
    }
}
