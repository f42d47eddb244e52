namespace Charity.Points.Store;

/// <summary>
/// An order of the points supermarket, paid by <see cref="PaymentTransactionId"/> when placed and refunded by
/// <see cref="RefundTransactionId"/> when cancelled. It leaves <see cref="StoreOrderStatus.Placed"/> once.
/// </summary>
internal sealed class StoreOrder
{
    public Guid Id { get; init; }

    /// <summary>The key of the request that placed it; a retry returns this order.</summary>
    public required string IdempotencyKey { get; init; }

    public Guid ItemId { get; init; }

    public Guid BuyerAccountId { get; init; }

    public int Quantity { get; init; }

    public long Points { get; init; }

    public StoreOrderStatus Status { get; set; }

    public required string PickUpLocation { get; init; }

    public DateTimeOffset PlacedAt { get; init; }

    public DateTimeOffset? CollectedAt { get; set; }

    /// <summary>An opaque reference to whoever handed the order over, such as <c>user:{guid}</c>.</summary>
    public string? CollectedBy { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancellationReason { get; set; }

    public Guid PaymentTransactionId { get; init; }

    public Guid? RefundTransactionId { get; set; }
}
