using Charity.Marketplace.Accounts;
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
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}
