using Charity.Marketplace.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Assessment;

internal sealed class AssessmentRuleSetConfiguration : IEntityTypeConfiguration<AssessmentRuleSet>
{
    public void Configure(EntityTypeBuilder<AssessmentRuleSet> builder)
    {
        builder.ConfigureVersions<AssessmentRuleSet, AssessmentRules>("AssessmentRuleSets");
    }
}

internal sealed class CaseAssessmentConfiguration : IEntityTypeConfiguration<CaseAssessment>
{
    public void Configure(EntityTypeBuilder<CaseAssessment> builder)
    {
        builder.ToTable("Assessments");
        builder.HasKey(a => a.Id);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(a => a.CaseFileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AssessmentRuleSet>().WithMany().HasForeignKey(a => a.RuleSetId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Urgency).HasConversion<int>();
        builder.Property(a => a.Scores).HasMaxLength(IndicatorCatalog.IndicatorCount).IsUnicode(false);
        // Stored as a double so that every provider, SQLite included, can sort by it.
        builder.Property(a => a.HardshipIndex).HasConversion<double?>();
        builder.PrimitiveCollection(a => a.SuggestedItems);
        builder.Property(a => a.AssessorName).HasMaxLength(60);
        builder.HasIndex(a => new { a.CaseFileId, a.StartedAt });
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IndicatorScores);
    }
}
