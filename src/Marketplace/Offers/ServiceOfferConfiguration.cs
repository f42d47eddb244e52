using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Offers;

internal sealed class ServiceOfferConfiguration : IEntityTypeConfiguration<ServiceOffer>
{
    public void Configure(EntityTypeBuilder<ServiceOffer> builder)
    {
        builder.ToTable("ServiceOffers");
        builder.HasKey(o => o.Id);
        builder.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.District).WithMany().HasForeignKey(o => o.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.ServiceItemCode).HasMaxLength(24).IsUnicode(false);
        builder.ComplexProperty(o => o.Title, title => title.ConfigureLocalizedText(OfferValidator.MaxTitleLength));
        builder.ComplexProperty(o => o.Description, description => description.ConfigureLocalizedText(OfferValidator.MaxDescriptionLength));
        builder.Property(o => o.Address).HasMaxLength(OfferValidator.MaxAddressLength);
        builder.Property(o => o.CapacityUnit).HasConversion<string>().HasMaxLength(24);
        builder.Property(o => o.Days).HasConversion<int>();
        builder.Property(o => o.EligibleGroups).HasConversion<int>();
        builder.Property(o => o.Cost).HasPrecision(10, 2);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(o => new { o.Status, o.EndDate });
        builder.HasIndex(o => o.ServiceItemCode);
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}
