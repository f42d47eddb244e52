namespace Charity.Points.Store;

/// <summary>An order to place.</summary>
/// <param name="IdempotencyKey">
/// Unique per order the buyer means to place (at most 180 characters): a retry with the same key returns the
/// order placed first and changes nothing, whatever the rest of the request says.
/// </param>
/// <param name="ItemId">The item.</param>
/// <param name="BuyerAccountId">The sea-shell account that pays.</param>
/// <param name="Quantity">Units, 1 to 1,000.</param>
public sealed record PlaceOrderRequest(string IdempotencyKey, Guid ItemId, Guid BuyerAccountId, int Quantity)
{
    /// <summary>Leaves room for the prefix of the payment's own idempotency key in the ledger.</summary>
    internal const int IdempotencyKeyMaxLength = 180;

    internal bool IsWellFormed =>
        IdempotencyKey is { Length: > 0 and <= IdempotencyKeyMaxLength } && Quantity is > 0 and <= StoreRules.MaxQuantity;
}
