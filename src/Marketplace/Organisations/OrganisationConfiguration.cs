using Charity.Marketplace.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(120);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsUnicode(false).IsFixedLength();
        builder.HasIndex(o => o.CreditCode).IsUnique();
        builder.Property(o => o.ContactPhone).HasMaxLength(32);
        builder.Property(o => o.RejectionReason).HasMaxLength(500);
        builder.HasOne(o => o.HomeDistrict).WithMany().HasForeignKey(o => o.HomeDistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.ServiceDistricts).WithMany().UsingEntity(
            "OrganisationServiceDistricts",
            district => district.HasOne(typeof(Region)).WithMany().HasForeignKey("DistrictId").OnDelete(DeleteBehavior.Restrict),
            organisation => organisation.HasOne(typeof(Organisation)).WithMany().HasForeignKey("OrganisationId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("OrganisationId", "DistrictId"));
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}
