using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>Asks why a placed order is called off, checks the reason (required, short, no personal data) and cancels it.</summary>
public sealed partial class CancelOrderForm
{
    private string? _reason;
    private string? _reasonError;
    private bool _busy;

    [Parameter, EditorRequired]
    public SupermarketOrder Order { get; set; } = null!;

    [Parameter, EditorRequired]
    public Guid VolunteerId { get; set; }

    /// <summary>Raised with the outcome once the store answered.</summary>
    [Parameter]
    public EventCallback<StoreOrderOutcome> Finished { get; set; }

    /// <summary>Raised when the volunteer keeps the order after all.</summary>
    [Parameter]
    public EventCallback Dismissed { get; set; }

    [Inject]
    private SupermarketOrders Orders { get; set; } = null!;

    private async Task CancelAsync()
    {
        _reasonError = Orders.ProblemWithReason(_reason)?.ToString();
        if (_reasonError is not null)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Orders.CancelForVolunteerAsync(VolunteerId, Order.Order.Id, _reason!);
            await Finished.InvokeAsync(result.Outcome);
        }
        finally
        {
            _busy = false;
        }
    }
}
