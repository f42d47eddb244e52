using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Marketplace.Events;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(64).IsUnicode(false);
        builder.Property(m => m.LastFailure).HasMaxLength(OutboxMessage.FailureLength);
        builder.HasIndex(m => new { m.DispatchedAt, m.OccurredAt });
    }
}
