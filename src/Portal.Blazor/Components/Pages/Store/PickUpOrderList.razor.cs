using Charity.Marketplace;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>A station's orders of one status, a page at a time; waiting ones can be handed over or cancelled.</summary>
public sealed partial class PickUpOrderList
{
    /// <summary>The page shown, and how many orders of the status there are in all.</summary>
    [Parameter, EditorRequired]
    public RowPage<SupermarketOrder> Orders { get; set; } = null!;

    [Parameter, EditorRequired]
    public StoreOrderStatus Status { get; set; }

    /// <summary>The page shown, from 0.</summary>
    [Parameter]
    public int Page { get; set; }

    [Parameter, EditorRequired]
    public int PageSize { get; set; }

    [Parameter]
    public EventCallback<int> PageChanged { get; set; }

    /// <summary>True while a step is being taken, so no button sends a second one.</summary>
    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<SupermarketOrder> OnCollect { get; set; }

    [Parameter]
    public EventCallback<SupermarketOrder> OnCancel { get; set; }
}
