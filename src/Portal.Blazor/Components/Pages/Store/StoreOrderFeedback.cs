using Charity.Points.Store;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>What the pick-up counter shows about an order: its short number and why a step was refused.</summary>
internal static class StoreOrderFeedback
{
    /// <summary>
    /// The number read out at the counter: the id's last eight hex digits (its first ones encode the time, so
    /// orders placed together would share them).
    /// </summary>
    public static string ShortNumber(Guid orderId) => orderId.ToString("N")[^8..].ToUpperInvariant();

    /// <summary>Why the step was refused; null when the order is now as asked.</summary>
    public static string? WhyRefused(IStringLocalizer l, StoreOrderResult result)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? null : l[$"StoreOrderOutcome.{result.Outcome}"].Value;
    }
}
