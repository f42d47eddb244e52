using Charity.Marketplace.Accounts;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Catalog;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Offers;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Privacy;
using Charity.Marketplace.Events;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Regions;
using Charity.Marketplace.Rewards;
using Charity.Marketplace.Visits;
using Charity.Marketplace.Volunteers;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Charity.Marketplace;

/// <summary>
/// The marketplace's unit of work. It also holds the sign-in accounts (so a user's station and organisation
/// are real foreign keys) and the Data Protection key ring that encrypts personal fields.
/// </summary>
public sealed class MarketplaceDbContext(DbContextOptions<MarketplaceDbContext> options)
    : IdentityDbContext<PortalUser, PortalRole, Guid>(options), IDataProtectionKeyContext
{
    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<ReferralStation> Stations => Set<ReferralStation>();

    public DbSet<ServiceCategory> ServiceCategories => Set<ServiceCategory>();

    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationLogo> OrganisationLogos => Set<OrganisationLogo>();

    public DbSet<StaffInvitation> StaffInvitations => Set<StaffInvitation>();

    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<ServiceOffer> ServiceOffers => Set<ServiceOffer>();
    public DbSet<TeamMembership> TeamMemberships => Set<TeamMembership>();

    public DbSet<CaseFile> CaseFiles => Set<CaseFile>();

    public DbSet<CaseFileEvent> CaseFileEvents => Set<CaseFileEvent>();

    public DbSet<AssessmentRuleSet> AssessmentRuleSets => Set<AssessmentRuleSet>();

    public DbSet<CaseAssessment> Assessments => Set<CaseAssessment>();

    public DbSet<Need> Needs => Set<Need>();

    public DbSet<PublishedNeed> PublishedNeeds => Set<PublishedNeed>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<RewardRuleSet> RewardRuleSets => Set<RewardRuleSet>();

    public DbSet<RewardBudget> RewardBudgets => Set<RewardBudget>();

    public DbSet<VolunteerEarning> VolunteerEarnings => Set<VolunteerEarning>();

    public DbSet<VolunteerDay> VolunteerDays => Set<VolunteerDay>();

    public DbSet<PersonalDataAccess> PersonalDataAccessLog => Set<PersonalDataAccess>();

    public DbSet<BlindIndexKey> BlindIndexKeys => Set<BlindIndexKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersionsOfModifiedAggregates();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersionsOfModifiedAggregates();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.ProviderName == SqliteProviderName)
        {
            // SQLite has no date-time type that sorts and compares; UTC ticks do both.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    private void RenewVersionsOfModifiedAggregates()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
