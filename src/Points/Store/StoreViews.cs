namespace Charity.Points.Store;

internal static class StoreViews
{
    public static StoreItemView ToView(this StoreItem item) => new(
        item.Id,
        item.Sponsor,
        new StoreItemDetails(item.Name, item.Description, item.Kind, item.Price, item.PickUpLocation),
        item.Stock,
        item.Active,
        item.Version,
        item.CreatedAt);

    public static StoreOrderView ToView(this StoreOrder order) => new(
        order.Id,
        order.ItemId,
        order.BuyerAccountId,
        order.Quantity,
        order.Points,
        order.Status,
        order.PickUpLocation,
        order.PlacedAt,
        order.CollectedAt,
        order.CollectedBy,
        order.CancelledAt,
        order.CancellationReason,
        order.PaymentTransactionId,
        order.RefundTransactionId);
}
