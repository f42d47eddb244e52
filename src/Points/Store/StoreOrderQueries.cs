using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Store;

/// <summary>Reads orders: one order, a buyer's orders, and the orders waiting at (or handed over at) a pick-up location.</summary>
public sealed class StoreOrderQueries(IDbContextFactory<PointsDbContext> contexts)
{
    /// <summary>The order with this id, or null.</summary>
    public async Task<StoreOrderView?> GetAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.StoreOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        return order?.ToView();
    }

    /// <summary>The orders paid from an account, newest first, one page at a time.</summary>
    public Task<IReadOnlyList<StoreOrderView>> ListForBuyerAsync(Guid buyerAccountId, int skip, int take, CancellationToken cancellationToken = default) =>
        ListAsync(o => o.BuyerAccountId == buyerAccountId, newestFirst: true, skip, take, cancellationToken);

    /// <summary>The orders of one status at a pick-up location, oldest first (the queue at a station), one page at a time.</summary>
    public Task<IReadOnlyList<StoreOrderView>> ListAtLocationAsync(
        string pickUpLocation, StoreOrderStatus status, int skip, int take, CancellationToken cancellationToken = default) =>
        ListAsync(o => o.PickUpLocation == pickUpLocation && o.Status == status, newestFirst: false, skip, take, cancellationToken);

    /// <summary>How many orders a buyer's account paid for.</summary>
    public async Task<int> CountForBuyerAsync(Guid buyerAccountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StoreOrders.CountAsync(o => o.BuyerAccountId == buyerAccountId, cancellationToken);
    }

    /// <summary>How many orders of one status a pick-up location has.</summary>
    public async Task<int> CountAtLocationAsync(string pickUpLocation, StoreOrderStatus status, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StoreOrders.CountAsync(o => o.PickUpLocation == pickUpLocation && o.Status == status, cancellationToken);
    }

    private async Task<IReadOnlyList<StoreOrderView>> ListAsync(
        Expression<Func<StoreOrder, bool>> filter, bool newestFirst, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = db.StoreOrders.AsNoTracking().Where(filter);
        var ordered = newestFirst
            ? orders.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id)
            : orders.OrderBy(o => o.PlacedAt).ThenBy(o => o.Id);
        var page = await ordered.Skip(skip).Take(take).ToListAsync(cancellationToken);
        return [.. page.Select(o => o.ToView())];
    }
}
