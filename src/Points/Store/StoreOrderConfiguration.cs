using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Charity.Points.Store;

internal sealed class StoreOrderConfiguration : IEntityTypeConfiguration<StoreOrder>
{
    public void Configure(EntityTypeBuilder<StoreOrder> builder)
    {
        builder.ToTable(PointsTables.StoreOrders);
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.IdempotencyKey).HasMaxLength(PlaceOrderRequest.IdempotencyKeyMaxLength);
        builder.HasIndex(o => o.IdempotencyKey).IsUnique();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        builder.Property(o => o.PickUpLocation).HasMaxLength(StoreRules.ReferenceMaxLength);
        builder.Property(o => o.CollectedBy).HasMaxLength(StoreRules.ReferenceMaxLength);
        builder.Property(o => o.CancellationReason).HasMaxLength(StoreRules.ReasonMaxLength);
        builder.HasIndex(o => new { o.BuyerAccountId, o.PlacedAt });
        builder.HasIndex(o => new { o.PickUpLocation, o.Status, o.PlacedAt });

        builder.HasOne<StoreItem>().WithMany().HasForeignKey(o => o.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.BuyerAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LedgerTransaction>().WithMany()
            .HasForeignKey(o => o.PaymentTransactionId).HasPrincipalKey(t => t.Id).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LedgerTransaction>().WithMany()
            .HasForeignKey(o => o.RefundTransactionId).HasPrincipalKey(t => t.Id).OnDelete(DeleteBehavior.Restrict);
    }
}
