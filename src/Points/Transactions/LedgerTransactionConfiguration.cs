using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Points.Transactions;

internal sealed class LedgerTransactionConfiguration : IEntityTypeConfiguration<LedgerTransaction>
{
    public void Configure(EntityTypeBuilder<LedgerTransaction> builder)
    {
        builder.ToTable(PointsTables.Transactions);
        builder.HasKey(t => t.Sequence);
        builder.Property(t => t.Sequence).ValueGeneratedOnAdd();
        builder.HasAlternateKey(t => t.Id);
        builder.Property(t => t.IdempotencyKey).HasMaxLength(TransferRequest.IdempotencyKeyMaxLength);
        builder.HasIndex(t => t.IdempotencyKey).IsUnique();
        builder.Property(t => t.ReferenceKind).HasMaxLength(BusinessReference.KindMaxLength);
        builder.Property(t => t.ReferenceId).HasMaxLength(BusinessReference.IdMaxLength);
        builder.HasIndex(t => new { t.ReferenceKind, t.ReferenceId });
        builder.Property(t => t.Description).HasMaxLength(TransferRequest.DescriptionMaxLength);
        builder.Property(t => t.Hash).HasMaxLength(32);

        // At most one reversal per transaction, also when two are written at the same moment.
        builder.HasIndex(t => t.ReversesTransactionId).IsUnique();
        builder.HasOne<LedgerTransaction>().WithOne()
            .HasForeignKey<LedgerTransaction>(t => t.ReversesTransactionId).HasPrincipalKey<LedgerTransaction>(t => t.Id)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(t => t.Postings).WithOne()
            .HasForeignKey(p => p.TransactionId).HasPrincipalKey(t => t.Id)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
