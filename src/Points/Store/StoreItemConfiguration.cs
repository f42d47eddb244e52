using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Points.Store;

internal sealed class StoreItemConfiguration : IEntityTypeConfiguration<StoreItem>
{
    public void Configure(EntityTypeBuilder<StoreItem> builder)
    {
        builder.ToTable(PointsTables.StoreItems, table =>
        {
            // The conditional decrement keeps stock from going below zero; the constraint makes that hold for any writer.
            table.HasCheckConstraint("CK_PointsStoreItems_Stock", "\"Stock\" >= 0");
            table.HasCheckConstraint("CK_PointsStoreItems_Price", "\"Price\" > 0");
        });
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Sponsor).HasMaxLength(StoreRules.ReferenceMaxLength);
        builder.Property(i => i.Name).HasMaxLength(StoreRules.NameMaxLength);
        builder.Property(i => i.Description).HasMaxLength(StoreRules.DescriptionMaxLength);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(i => i.PickUpLocation).HasMaxLength(StoreRules.ReferenceMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.Active, i.CreatedAt });
        builder.HasIndex(i => i.Sponsor);
    }
}
