using System.Data.Common;
using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Store;

/// <summary>
/// Places an order in one database transaction: takes the stock, locks the buyer's and the sponsor's store
/// accounts, pays, and inserts the order; any refusal rolls all of it back.
/// </summary>
internal sealed class OrderPlacement(IDbContextFactory<PointsDbContext> contexts, LedgerAccounts accounts, TimeProvider clock)
{
    private readonly LedgerWriter _writer = new(clock);

    public async Task<StoreOrderResult> PlaceAsync(PlaceOrderRequest request, CancellationToken cancellationToken)
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
            $"{StoreOrders.OrderReferenceKind}:{request.IdempotencyKey}",
            new BusinessReference(StoreOrders.OrderReferenceKind, orderId.ToString("N")),
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
