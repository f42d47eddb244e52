namespace Charity.Points.Store;

/// <summary>What became of placing, cancelling or collecting an order. Refusals are results, not exceptions.</summary>
public enum StoreOrderOutcome
{
    /// <summary>Placed now: the stock was taken and the points paid.</summary>
    Placed,

    /// <summary>An order with the same idempotency key was placed before; it is returned and nothing changed.</summary>
    AlreadyPlaced,

    /// <summary>Cancelled now: the points were returned and the stock put back.</summary>
    Cancelled,

    /// <summary>Marked collected now.</summary>
    Collected,

    /// <summary>No item or order has this id.</summary>
    NotFound,

    /// <summary>Fewer units are in stock than were ordered; nothing changed.</summary>
    OutOfStock,

    /// <summary>The item was withdrawn; nothing changed.</summary>
    Unavailable,

    /// <summary>
    /// The buyer's account holds fewer points than the order costs, or, on a cancellation, the store account
    /// no longer holds the points to return; nothing changed.
    /// </summary>
    InsufficientFunds,

    /// <summary>The order was collected or cancelled already; it is returned as it is.</summary>
    NotPlaced,

    /// <summary>A malformed request, or a buyer account that is missing or not in sea-shell points.</summary>
    Invalid,
}
