using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Privacy;

internal sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.ToTable("PersonalDataAccessLog");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.FileNumber).HasMaxLength(24).IsUnicode(false);
        builder.Property(a => a.Purpose).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Note).HasMaxLength(500);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.CaseFileId);
    }
}

internal sealed class BlindIndexKeyConfiguration : IEntityTypeConfiguration<BlindIndexKey>
{
    public void Configure(EntityTypeBuilder<BlindIndexKey> builder)
    {
        builder.ToTable("BlindIndexKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.ProtectedSecret).IsUnicode(false);
    }
}
