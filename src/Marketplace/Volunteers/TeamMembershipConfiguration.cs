using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Volunteers;

internal sealed class TeamMembershipConfiguration : IEntityTypeConfiguration<TeamMembership>
{
    public void Configure(EntityTypeBuilder<TeamMembership> builder)
    {
        builder.ToTable("TeamMemberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.RequestedBy).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => new { m.VolunteerId, m.OrganisationId }).IsUnique();
        builder.HasIndex(m => new { m.OrganisationId, m.Status });
        builder.HasOne(m => m.Volunteer).WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Version).IsConcurrencyToken();
    }
}
