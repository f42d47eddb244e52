using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Regions;

internal sealed class ReferralStationConfiguration : IEntityTypeConfiguration<ReferralStation>
{
    public void Configure(EntityTypeBuilder<ReferralStation> builder)
    {
        builder.ToTable("ReferralStations");
        builder.HasKey(s => s.Id);
        builder.HasOne(s => s.Township).WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.TownshipId).IsUnique();
        builder.ComplexProperty(s => s.Name, name => name.ConfigureLocalizedText(maxLength: 100));
        builder.Property(s => s.OfficeAddress).HasMaxLength(200);
        builder.Property(s => s.OfficePhone).HasMaxLength(32);
    }
}
