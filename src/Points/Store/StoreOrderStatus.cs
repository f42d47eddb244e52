namespace Charity.Points.Store;

/// <summary>Where an order is in its life: placed, then either collected or cancelled, once.</summary>
public enum StoreOrderStatus
{
    /// <summary>Paid and waiting at its pick-up location.</summary>
    Placed,

    /// <summary>Handed over to the buyer.</summary>
    Collected,

    /// <summary>Cancelled before collection: its points were returned and its stock put back.</summary>
    Cancelled,
}
