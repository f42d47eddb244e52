using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Cases;

internal sealed class CaseFileConfiguration : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> builder)
    {
        builder.ToTable("CaseFiles");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.FileNumber).HasMaxLength(24).IsUnicode(false);
        builder.HasIndex(c => c.FileNumber).IsUnique();
        builder.HasOne(c => c.Station).WithMany().HasForeignKey(c => c.StationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Community).WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.ComplexProperty(c => c.Protected, p =>
        {
            p.Property(d => d.Name).HasColumnName("ProtectedName").IsUnicode(false);
            p.Property(d => d.Phone).HasColumnName("ProtectedPhone").IsUnicode(false);
            p.Property(d => d.Address).HasColumnName("ProtectedAddress").IsUnicode(false);
        });
        builder.HasIndex(c => new { c.StationId, c.Status });
        builder.Property(c => c.ProtectedIdNumber).IsUnicode(false);
        builder.Property(c => c.IdNumberIndex).HasMaxLength(44).IsUnicode(false);
        builder.HasIndex(c => c.IdNumberIndex).IsUnique();
        builder.Property(c => c.SpecialGroups).HasConversion<int>();
        builder.Property(c => c.Discovery).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.StatusReason).HasMaxLength(500);
        builder.HasIndex(c => c.ReassessmentDue);
        builder.OwnsMany(c => c.Members, member =>
        {
            member.ToTable("HouseholdMembers");
            member.WithOwner().HasForeignKey("CaseFileId");
            member.HasKey(m => m.Id);
            member.Property(m => m.Relationship).HasConversion<string>().HasMaxLength(16);
            member.Property(m => m.ProtectedName).IsUnicode(false);
            member.Property(m => m.ProtectedIdNumber).IsUnicode(false);
        });
        builder.Navigation(c => c.Members).HasField("_members");
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
