using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Catalog;

internal sealed class ServiceCategoryConfiguration : IEntityTypeConfiguration<ServiceCategory>
{
    public void Configure(EntityTypeBuilder<ServiceCategory> builder)
    {
        builder.ToTable("ServiceCategories");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(16).IsUnicode(false);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.ComplexProperty(c => c.Name, name => name.ConfigureLocalizedText(maxLength: 60));
        builder.HasMany(c => c.Items).WithOne(i => i.Category).HasForeignKey(i => i.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Items).HasField("_items");
    }
}

internal sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>
{
    public void Configure(EntityTypeBuilder<ServiceItem> builder)
    {
        builder.ToTable("ServiceItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Code).HasMaxLength(24).IsUnicode(false);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.ComplexProperty(i => i.Name, name => name.ConfigureLocalizedText(maxLength: 60));
    }
}
