using Charity.Marketplace.Assessment;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Needs;

internal sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> builder)
    {
        builder.ToTable("Needs");
        builder.HasKey(n => n.Id);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(n => n.CaseFileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CaseAssessment>().WithMany().HasForeignKey(n => n.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PublishedNeed>().WithOne().HasForeignKey<Need>(n => n.PublishedNeedId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.ServiceItemCode).HasMaxLength(24).IsUnicode(false);
        builder.Property(n => n.Frequency).HasConversion<string>().HasMaxLength(24);
        builder.Property(n => n.Urgency).HasConversion<int>();
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Description).HasMaxLength(PublishedNeedConfiguration.DescriptionLength);
        builder.Property(n => n.HardshipIndex).HasConversion<double>();
        builder.HasIndex(n => new { n.Status, n.HardshipIndex });
        builder.Property(n => n.Version).IsConcurrencyToken();
    }
}

internal sealed class PublishedNeedConfiguration : IEntityTypeConfiguration<PublishedNeed>
{
    public const int DescriptionLength = 500;

    public void Configure(EntityTypeBuilder<PublishedNeed> builder)
    {
        builder.ToTable("PublishedNeeds");
        builder.HasKey(n => n.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(n => n.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.ServiceItemCode).HasMaxLength(24).IsUnicode(false);
        builder.Property(n => n.Frequency).HasConversion<string>().HasMaxLength(24);
        builder.Property(n => n.Urgency).HasConversion<int>();
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Description).HasMaxLength(DescriptionLength);
        builder.HasIndex(n => new { n.Status, n.ServiceItemCode });
    }
}
