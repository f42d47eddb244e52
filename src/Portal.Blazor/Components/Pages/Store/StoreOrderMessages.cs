using Charity.Points.Store;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>How the supermarket pages tell a volunteer or a caseworker what became of an order or a cancellation: a severity and a resource key.</summary>
internal static class StoreOrderMessages
{
    /// <param name="placedKey">What to say once the order is placed; a caseworker ordering for a household is told something else than a volunteer.</param>
    public static (Severity Severity, string Key) OfPlacing(StoreOrderOutcome outcome, string placedKey = "Store.Placed") => outcome switch
    {
        StoreOrderOutcome.Placed or StoreOrderOutcome.AlreadyPlaced => (Severity.Success, placedKey),
        StoreOrderOutcome.InsufficientFunds => (Severity.Warning, "Store.InsufficientPoints"),
        StoreOrderOutcome.OutOfStock => (Severity.Warning, "Store.OutOfStock"),
        StoreOrderOutcome.Unavailable or StoreOrderOutcome.NotFound => (Severity.Warning, "Store.Unavailable"),
        _ => (Severity.Error, "Store.Failed"),
    };

    public static (Severity Severity, string Key) OfCancelling(StoreOrderOutcome outcome) => outcome switch
    {
        StoreOrderOutcome.Cancelled => (Severity.Success, "Orders.Cancelled"),
        StoreOrderOutcome.NotPlaced => (Severity.Warning, "Orders.NotPlaced"),
        _ => (Severity.Error, "Orders.CancelFailed"),
    };
}
