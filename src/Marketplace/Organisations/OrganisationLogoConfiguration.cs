using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Organisations;

internal sealed class OrganisationLogoConfiguration : IEntityTypeConfiguration<OrganisationLogo>
{
    public void Configure(EntityTypeBuilder<OrganisationLogo> builder)
    {
        builder.ToTable("OrganisationLogos");
        builder.HasKey(l => l.OrganisationId);
        builder.Property(l => l.ContentType).HasMaxLength(32).IsUnicode(false);
        builder.Property(l => l.Content).HasMaxLength(OrganisationLogo.MaxBytes);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<OrganisationLogo>(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
