namespace Charity.Points.Store;

/// <summary>An order as the store shows it.</summary>
/// <param name="Id">The order's id.</param>
/// <param name="ItemId">The item ordered.</param>
/// <param name="BuyerAccountId">The account that paid.</param>
/// <param name="Quantity">Units ordered.</param>
/// <param name="Points">Points paid: the price when placed times the quantity.</param>
/// <param name="Status">Placed, collected or cancelled.</param>
/// <param name="PickUpLocation">Where it is collected, as the item said when it was placed.</param>
/// <param name="PlacedAt">When it was placed.</param>
/// <param name="CollectedAt">When it was collected, if it was.</param>
/// <param name="CollectedBy">Who handed it over, if it was collected.</param>
/// <param name="CancelledAt">When it was cancelled, if it was.</param>
/// <param name="CancellationReason">Why it was cancelled, if it was.</param>
/// <param name="PaymentTransactionId">The ledger transaction that paid for it.</param>
/// <param name="RefundTransactionId">The ledger transaction that returned the points, if it was cancelled.</param>
public sealed record StoreOrderView(
    Guid Id,
    Guid ItemId,
    Guid BuyerAccountId,
    int Quantity,
    long Points,
    StoreOrderStatus Status,
    string PickUpLocation,
    DateTimeOffset PlacedAt,
    DateTimeOffset? CollectedAt,
    string? CollectedBy,
    DateTimeOffset? CancelledAt,
    string? CancellationReason,
    Guid PaymentTransactionId,
    Guid? RefundTransactionId);
