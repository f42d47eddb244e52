using Charity.Marketplace.Visits;
using Charity.Marketplace.Volunteers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Rewards;

internal sealed class RewardRuleSetConfiguration : IEntityTypeConfiguration<RewardRuleSet>
{
    public void Configure(EntityTypeBuilder<RewardRuleSet> builder)
    {
        builder.ConfigureVersions<RewardRuleSet, RewardRules>("RewardRuleSets");
    }
}

internal sealed class RewardBudgetConfiguration : IEntityTypeConfiguration<RewardBudget>
{
    public void Configure(EntityTypeBuilder<RewardBudget> builder)
    {
        builder.ToTable("RewardBudgets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Name).HasMaxLength(RewardBudget.NameLength);
        builder.Property(b => b.Sponsor).HasMaxLength(RewardBudget.NameLength);
        builder.Property(b => b.CreatedBy).HasMaxLength(60);
        builder.HasIndex(b => b.Name).IsUnique();
        builder.HasIndex(b => b.AccountId).IsUnique();
    }
}

internal sealed class VolunteerEarningConfiguration : IEntityTypeConfiguration<VolunteerEarning>
{
    public void Configure(EntityTypeBuilder<VolunteerEarning> builder)
    {
        builder.ToTable("VolunteerEarnings");
        builder.HasKey(e => new { e.VisitId, e.VolunteerId });
        builder.HasOne<Visit>().WithMany().HasForeignKey(e => e.VisitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Description).HasMaxLength(VolunteerEarning.DescriptionLength);
        builder.HasIndex(e => new { e.VolunteerId, e.ServiceDate });
    }
}

internal sealed class VolunteerDayConfiguration : IEntityTypeConfiguration<VolunteerDay>
{
    public void Configure(EntityTypeBuilder<VolunteerDay> builder)
    {
        builder.ToTable("VolunteerDays");
        builder.HasKey(d => new { d.VolunteerId, d.ServiceDate });
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(d => d.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
