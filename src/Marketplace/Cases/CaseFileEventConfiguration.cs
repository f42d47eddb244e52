using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Cases;

internal sealed class CaseFileEventConfiguration : IEntityTypeConfiguration<CaseFileEvent>
{
    public void Configure(EntityTypeBuilder<CaseFileEvent> builder)
    {
        builder.ToTable("CaseFileEvents");
        builder.HasKey(e => e.Id);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(e => e.CaseFileId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ActorName).HasMaxLength(60);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.HasIndex(e => new { e.CaseFileId, e.At });
    }
}
