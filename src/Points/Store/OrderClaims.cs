using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Charity.Points.Store;

/// <summary>The one way an order leaves <see cref="StoreOrderStatus.Placed"/>: a conditional update that only one caller wins.</summary>
internal static class OrderClaims
{
    /// <summary>Moves the order out of <see cref="StoreOrderStatus.Placed"/> if it is still there; only one caller ever does.</summary>
    public static async Task<bool> ClaimPlacedAsync(
        PointsDbContext db, Guid orderId, Action<UpdateSettersBuilder<StoreOrder>> change, CancellationToken cancellationToken) =>
        await db.StoreOrders.Where(o => o.Id == orderId && o.Status == StoreOrderStatus.Placed).ExecuteUpdateAsync(change, cancellationToken) == 1;

    /// <summary>Why a claim failed: no such order, or the order as it is now.</summary>
    public static async Task<StoreOrderResult> NotPlacedAsync(PointsDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.StoreOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        return order is null ? new StoreOrderResult(StoreOrderOutcome.NotFound) : new StoreOrderResult(StoreOrderOutcome.NotPlaced, order.ToView());
    }
}
