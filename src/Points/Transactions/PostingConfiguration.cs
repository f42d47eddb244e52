using Charity.Points.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Points.Transactions;

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> builder)
    {
        builder.ToTable(PointsTables.Postings);

        // An account's postings are numbered without gaps; the key also orders them for statements and verification.
        builder.HasKey(p => new { p.AccountId, p.AccountSequence });
        builder.HasIndex(p => p.TransactionId);
        builder.Property(p => p.Unit).HasMaxLength(LedgerUnits.MaxLength).IsUnicode(false);
        builder.Property(p => p.Hash).HasMaxLength(32);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
