using Charity.Marketplace.Accounts;
using Charity.Marketplace.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Volunteers;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("Volunteers");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.DisplayName).HasMaxLength(60);
        builder.PrimitiveCollection(v => v.SkillCodes);
        builder.HasOne(v => v.District).WithMany().HasForeignKey(v => v.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithOne().HasForeignKey<Volunteer>(v => v.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => v.UserId).IsUnique();
        builder.Property(v => v.Phone).HasMaxLength(20).IsUnicode(false);
        builder.HasMany(v => v.ServiceDistricts).WithMany().UsingEntity(
            "VolunteerServiceDistricts",
            district => district.HasOne(typeof(Region)).WithMany().HasForeignKey("DistrictId").OnDelete(DeleteBehavior.Restrict),
            volunteer => volunteer.HasOne(typeof(Volunteer)).WithMany().HasForeignKey("VolunteerId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("VolunteerId", "DistrictId"));
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}
