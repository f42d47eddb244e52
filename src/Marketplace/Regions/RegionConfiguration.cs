using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("Regions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(12).IsUnicode(false);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.ComplexProperty(r => r.Name, name => name.ConfigureLocalizedText(maxLength: 100));
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(r => r.Parent).WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Centre);
    }
}
