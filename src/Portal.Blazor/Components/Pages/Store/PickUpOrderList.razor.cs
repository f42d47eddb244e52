using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>A station's orders of one status; waiting ones can be handed over or cancelled.</summary>
public sealed partial class PickUpOrderList
{
    [Parameter, EditorRequired]
    public IReadOnlyList<SupermarketOrder> Orders { get; set; } = [];

    [Parameter, EditorRequired]
    public StoreOrderStatus Status { get; set; }

    /// <summary>True while a step is being taken, so no button sends a second one.</summary>
    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<SupermarketOrder> OnCollect { get; set; }

    [Parameter]
    public EventCallback<SupermarketOrder> OnCancel { get; set; }
}
