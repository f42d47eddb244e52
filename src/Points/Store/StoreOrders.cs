using System.Data.Common;
using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

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

    /// <summary>
    /// Takes the stock and pays the item's sponsor's store account (opened on demand), or refuses and changes
    /// nothing. A retry with the same key returns the order placed first.
    /// </summary>
    public async Task<StoreOrderResult> PlaceAsync(PlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.IsWellFormed)
        {
            return new StoreOrderResult(StoreOrderOutcome.Invalid);
        }

        if (await EarlierOrderAsync(request.IdempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var sponsor = await SponsorOfAsync(request.ItemId, cancellationToken);
        if (sponsor is null)
        {
            return new StoreOrderResult(StoreOrderOutcome.NotFound);
        }

        // Opened before the order's transaction: on SQLite a second connection could not write while it runs.
        var store = await accounts.OpenAsync(sponsor, AccountKind.Store, LedgerUnits.Shell, cancellationToken);
        try
        {
            var placed = await TryPlaceAsync(request, store.Id, cancellationToken);

            // A concurrent retry with the same key may have taken the stock or the points first.
            return placed.Succeeded ? placed : await EarlierOrderAsync(request.IdempotencyKey, cancellationToken) ?? placed;
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException && !cancellationToken.IsCancellationRequested)
        {
            // A concurrent retry with the same key wrote its payment first: the unique key refused this one.
            if (await EarlierOrderAsync(request.IdempotencyKey, cancellationToken) is { } concurrent)
            {
                return concurrent;
            }

            throw;
        }
    }

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
        if (!await ClaimPlacedAsync(db, orderId, set => set
                .SetProperty(o => o.Status, StoreOrderStatus.Cancelled)
                .SetProperty(o => o.CancelledAt, now)
                .SetProperty(o => o.CancellationReason, reason), cancellationToken))
        {
            return await NotPlacedAsync(db, orderId, cancellationToken);
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
        if (!await ClaimPlacedAsync(db, orderId, set => set
                .SetProperty(o => o.Status, StoreOrderStatus.Collected)
                .SetProperty(o => o.CollectedAt, now)
                .SetProperty(o => o.CollectedBy, collectedBy), cancellationToken))
        {
            return await NotPlacedAsync(db, orderId, cancellationToken);
        }

        var order = await db.StoreOrders.AsNoTracking().SingleAsync(o => o.Id == orderId, cancellationToken);
        return new StoreOrderResult(StoreOrderOutcome.Collected, order.ToView());
    }

    private async Task<StoreOrderResult> TryPlaceAsync(PlaceOrderRequest request, Guid storeAccountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Checked and taken in one statement, so concurrent orders can never take more than is in stock.
        var taken = await db.StoreItems
            .Where(i => i.Id == request.ItemId && i.Active && i.Stock >= request.Quantity)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Stock, i => i.Stock - request.Quantity), cancellationToken);
        var item = await db.StoreItems.AsNoTracking().SingleAsync(i => i.Id == request.ItemId, cancellationToken);
        if (taken == 0)
        {
            return new StoreOrderResult(item.Active ? StoreOrderOutcome.OutOfStock : StoreOrderOutcome.Unavailable);
        }

        var orderId = Guid.CreateVersion7();
        var points = item.Price * request.Quantity;
        var payment = TransferRequest.Move(
            $"{OrderReferenceKind}:{request.IdempotencyKey}",
            new BusinessReference(OrderReferenceKind, orderId.ToString("N")),
            $"{request.Quantity} × {item.Name}",
            request.BuyerAccountId,
            storeAccountId,
            points);
        var locked = await LedgerWriter.LockAsync(db, [request.BuyerAccountId, storeAccountId], cancellationToken);
        var paid = await _writer.AppendAsync(db, locked, payment, reverses: null, cancellationToken);
        if (paid.Status != TransferStatus.Applied)
        {
            return new StoreOrderResult(paid.Status == TransferStatus.InsufficientFunds ? StoreOrderOutcome.InsufficientFunds : StoreOrderOutcome.Invalid);
        }

        var order = new StoreOrder
        {
            Id = orderId,
            IdempotencyKey = request.IdempotencyKey,
            ItemId = item.Id,
            BuyerAccountId = request.BuyerAccountId,
            Quantity = request.Quantity,
            Points = points,
            Status = StoreOrderStatus.Placed,
            PickUpLocation = item.PickUpLocation,
            PlacedAt = paid.Transaction!.CreatedAt,
            PaymentTransactionId = paid.Transaction.Id,
        };
        db.StoreOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoreOrderResult(StoreOrderOutcome.Placed, order.ToView());
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

    /// <summary>Moves the order out of <see cref="StoreOrderStatus.Placed"/> if it is still there; only one caller ever does.</summary>
    private static async Task<bool> ClaimPlacedAsync(
        PointsDbContext db, Guid orderId, Action<UpdateSettersBuilder<StoreOrder>> change, CancellationToken cancellationToken) =>
        await db.StoreOrders.Where(o => o.Id == orderId && o.Status == StoreOrderStatus.Placed).ExecuteUpdateAsync(change, cancellationToken) == 1;

    private static async Task<StoreOrderResult> NotPlacedAsync(PointsDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.StoreOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        return order is null ? new StoreOrderResult(StoreOrderOutcome.NotFound) : new StoreOrderResult(StoreOrderOutcome.NotPlaced, order.ToView());
    }

    private async Task<StoreOrderResult?> EarlierOrderAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.StoreOrders.AsNoTracking().SingleOrDefaultAsync(o => o.IdempotencyKey == idempotencyKey, cancellationToken);
        return order is null ? null : new StoreOrderResult(StoreOrderOutcome.AlreadyPlaced, order.ToView());
    }

    private async Task<string?> SponsorOfAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StoreItems.Where(i => i.Id == itemId).Select(i => i.Sponsor).SingleOrDefaultAsync(cancellationToken);
    }
}
