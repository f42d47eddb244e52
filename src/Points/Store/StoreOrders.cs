using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Store;

/// <summary>
/// Places, cancels and marks collected the orders of the points supermarket. Each command changes the stock,
/// the order and the ledger in one database transaction, taking rows in one order (the order, then the item,
/// then the accounts) so that concurrent commands cannot deadlock.
/// </summary>
public sealed class StoreOrders(IDbContextFactory<PointsDbContext> contexts, LedgerAccounts accounts, TimeProvider clock)
{
    /// <summary>The reference kind of payments for orders.</summary>
    public const string OrderReferenceKind = "store-order";

    /// <summary>The reference kind of refunds of cancelled orders.</summary>
    public const string CancellationReferenceKind = "store-order-cancelled";

    private readonly LedgerWriter _writer = new(clock);
    private readonly OrderPlacement _placement = new(contexts, accounts, clock);

    /// <summary>
    /// Takes the stock and pays the item's sponsor's store account (opened on demand), or refuses and changes
    /// nothing. A retry with the same key returns the order placed first.
    /// </summary>
    public Task<StoreOrderResult> PlaceAsync(PlaceOrderRequest request, CancellationToken cancellationToken = default) =>
        _placement.PlaceAsync(request, cancellationToken);

    /// <summary>
    /// Returns the points to the buyer and the stock to the item, while the order is still placed. Of several
    /// cancellations at once, one cancels and the others find it cancelled.
    /// </summary>
    public async Task<StoreOrderResult> CancelAsync(Guid orderId, string reason, CancellationToken cancellationToken = default)
    {
        if (!StoreRules.IsReason(reason))
        {
            return new StoreOrderResult(StoreOrderOutcome.Invalid);
        }

        var now = clock.GetUtcNow().TruncatedToMicroseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await OrderClaims.ClaimPlacedAsync(db, orderId, set => set
                .SetProperty(o => o.Status, StoreOrderStatus.Cancelled)
                .SetProperty(o => o.CancelledAt, now)
                .SetProperty(o => o.CancellationReason, reason), cancellationToken))
        {
            return await OrderClaims.NotPlacedAsync(db, orderId, cancellationToken);
        }

        var order = await db.StoreOrders.SingleAsync(o => o.Id == orderId, cancellationToken);
        await db.StoreItems.Where(i => i.Id == order.ItemId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Stock, i => i.Stock + order.Quantity), cancellationToken);
        var refund = await RefundAsync(db, order, cancellationToken);
        if (refund.Status != TransferStatus.Applied)
        {
            return new StoreOrderResult(StoreOrderOutcome.InsufficientFunds);
        }

        order.RefundTransactionId = refund.Transaction!.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoreOrderResult(StoreOrderOutcome.Cancelled, order.ToView());
    }

    /// <summary>Records that the order was handed over by <paramref name="collectedBy"/> (an opaque reference), while it is still placed.</summary>
    public async Task<StoreOrderResult> MarkCollectedAsync(Guid orderId, string collectedBy, CancellationToken cancellationToken = default)
    {
        if (!StoreRules.IsReference(collectedBy))
        {
            return new StoreOrderResult(StoreOrderOutcome.Invalid);
        }

        var now = clock.GetUtcNow().TruncatedToMicroseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await OrderClaims.ClaimPlacedAsync(db, orderId, set => set
                .SetProperty(o => o.Status, StoreOrderStatus.Collected)
                .SetProperty(o => o.CollectedAt, now)
                .SetProperty(o => o.CollectedBy, collectedBy), cancellationToken))
        {
            return await OrderClaims.NotPlacedAsync(db, orderId, cancellationToken);
        }

        var order = await db.StoreOrders.AsNoTracking().SingleAsync(o => o.Id == orderId, cancellationToken);
        return new StoreOrderResult(StoreOrderOutcome.Collected, order.ToView());
    }

    private async Task<TransferResult> RefundAsync(PointsDbContext db, StoreOrder order, CancellationToken cancellationToken)
    {
        var payment = await db.Transactions.AsNoTracking().Include(t => t.Postings)
            .SingleAsync(t => t.Id == order.PaymentTransactionId, cancellationToken);
        var refund = new ReversalRequest(
                payment.Id,
                $"{CancellationReferenceKind}:{order.Id:N}",
                new BusinessReference(CancellationReferenceKind, order.Id.ToString("N")),
                "Store order cancelled")
            .ToTransfer(PostedTransactions.ToView(payment));
        var locked = await LedgerWriter.LockAsync(db, refund.Postings.Select(p => p.AccountId), cancellationToken);
        return await _writer.AppendAsync(db, locked, refund, payment.Id, cancellationToken);
    }
}
