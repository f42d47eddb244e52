using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Points.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable(PointsTables.Accounts);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Owner).HasMaxLength(AccountRules.OwnerMaxLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(a => a.Unit).HasMaxLength(LedgerUnits.MaxLength).IsUnicode(false);
        builder.Property(a => a.HashHead).HasMaxLength(32);
        builder.HasIndex(a => new { a.Owner, a.Kind, a.Unit }).IsUnique();
    }
}
