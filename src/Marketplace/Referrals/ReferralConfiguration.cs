using Charity.Marketplace.Needs;
using Charity.Marketplace.Offers;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Referrals;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public const int ReasonLength = 300;

    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("Referrals");
        builder.HasKey(r => r.Id);
        builder.HasOne<Need>().WithMany().HasForeignKey(r => r.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PublishedNeed>().WithMany().HasForeignKey(r => r.PublishedNeedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReferralStation>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceOffer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.ServiceItemCode).HasMaxLength(24).IsUnicode(false);
        builder.Property(r => r.Urgency).HasConversion<int>();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.DeclineReason).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.CancelledBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Reason).HasMaxLength(ReasonLength);
        builder.Property(r => r.ProposedByName).HasMaxLength(64);
        builder.HasIndex(r => new { r.OrganisationId, r.Status });
        builder.HasIndex(r => new { r.StationId, r.Status });
        builder.HasIndex(r => new { r.Status, r.RespondBy });
        builder.HasIndex(r => r.NeedId);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
