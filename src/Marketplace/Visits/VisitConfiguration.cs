using Charity.Marketplace.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Visits;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public const int NotesLength = 500;

    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.ToTable("Visits");
        builder.HasKey(v => v.Id);
        builder.HasOne<Referral>().WithMany().HasForeignKey(v => v.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Notes).HasMaxLength(NotesLength);
        builder.Property(v => v.Query).HasMaxLength(ReferralConfiguration.ReasonLength);
        builder.Property(v => v.LoggedByName).HasMaxLength(64);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(v => new { v.ReferralId, v.VisitDate });
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}
