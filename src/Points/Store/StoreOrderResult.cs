namespace Charity.Points.Store;

/// <summary>The outcome of placing, cancelling or collecting an order, with the order when there is one.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Order">The order as it is now; null when none was placed or found.</param>
public sealed record StoreOrderResult(StoreOrderOutcome Outcome, StoreOrderView? Order = null)
{
    /// <summary>True when the order is now in the state asked for, by this call or an earlier one with the same key.</summary>
    public bool Succeeded => Outcome is StoreOrderOutcome.Placed or StoreOrderOutcome.AlreadyPlaced or StoreOrderOutcome.Cancelled or StoreOrderOutcome.Collected;
}
