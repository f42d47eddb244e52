using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>One item on the shelves: what it is, who sponsors it, where it is collected, and ordering it after a confirmation.</summary>
public sealed partial class SupermarketItemCard
{
    private int _quantity = 1;
    private bool _confirming;
    private bool _busy;
    private string? _message;
    private Severity _messageSeverity;

    // One id per order: a double click on the confirmation orders once; the next order gets a new id.
    private Guid _requestId = Guid.NewGuid();

    [Parameter, EditorRequired]
    public SupermarketItem Item { get; set; } = null!;

    /// <summary>The volunteer who orders; null for a person without a volunteer record, who may only look.</summary>
    [Parameter]
    public Guid? VolunteerId { get; set; }

    [Parameter]
    public long Balance { get; set; }

    /// <summary>Raised after an order was placed, so the page shows the new balance and stock.</summary>
    [Parameter]
    public EventCallback Ordered { get; set; }

    [Inject]
    private SupermarketOrders Orders { get; set; } = null!;

    private bool SoldOut => Item.Stock <= 0;

    private int MaxQuantity => Math.Clamp(Item.Stock, 1, StoreRules.MaxQuantity);

    private long Total => Item.Price * _quantity;

    private void AskToConfirm()
    {
        _message = null;
        _confirming = true;
    }

    private async Task OrderAsync()
    {
        _busy = true;
        try
        {
            var result = await Orders.PlaceForVolunteerAsync(VolunteerId!.Value, Item.Id, _quantity, _requestId);
            var (severity, key) = StoreOrderMessages.OfPlacing(result.Outcome);
            (_messageSeverity, _message, _confirming) = (severity, L[key, Item.StationName], false);
            if (result.Succeeded)
            {
                (_requestId, _quantity) = (Guid.NewGuid(), 1);
                await Ordered.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
