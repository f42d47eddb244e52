using Charity.Marketplace;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Portal.Blazor.Cases;
using Charity.Portal.Blazor.Components.Pages.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Cases;

/// <summary>
/// The caseworker orders from the points supermarket for a household, from the household's points, and sees its
/// latest orders. The household collects at the item's station like anyone else; the station never sees who ordered.
/// </summary>
public sealed partial class HouseholdOrdersPanel
{
    private const int RecentOrders = 10;

    // A caseworker picks from a short list and types to narrow it, as in any search box.
    private const int ItemsFound = 20;

    private bool? _anyOnOffer;
    private RowPage<SupermarketOrder>? _orders;
    private SupermarketItem? _item;
    private string? _itemError;
    private int _quantity = 1;
    private string? _message;
    private Severity _messageSeverity;
    private bool _busy;

    // One id per order: a double click orders once; the next order gets a new id.
    private Guid _requestId = Guid.NewGuid();

    [Parameter, EditorRequired]
    public CaseFileDetail File { get; set; } = null!;

    /// <summary>Raised after an order was placed, so the page shows the household's new balance.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private SupermarketShelves Shelves { get; set; } = null!;

    [Inject]
    private SupermarketOrders Orders { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _anyOnOffer = (await Shelves.FindOrderableAsync(nameContains: null, File.StationId, take: 1)).Count > 0;
        _orders = await Orders.OfHouseholdAsync(await AccessAsync(), File.Id, 0, RecentOrders);
    }

    /// <summary>Items in stock whose name holds the text, the household's own station's first: that is where it is easiest to collect.</summary>
    private async Task<IEnumerable<SupermarketItem>> FindAsync(string? text, CancellationToken cancellationToken) =>
        await Shelves.FindOrderableAsync(text, File.StationId, ItemsFound, cancellationToken);

    private async Task OrderAsync()
    {
        _itemError = _item is null ? L["HouseholdOrders.ChooseItem"].Value : null;
        if (_item is not { } item)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Orders.PlaceForHouseholdAsync(await AccessAsync(), File.Id, item.Id, _quantity, _requestId);
            var (severity, key) = StoreOrderMessages.OfPlacing(result.Outcome, placedKey: "HouseholdOrders.Placed");
            (_messageSeverity, _message) = (severity, L[key, item.StationName]);
            if (result.Succeeded)
            {
                (_requestId, _quantity, _item) = (Guid.NewGuid(), 1, null);
                await Changed.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<CaseAccess> AccessAsync() => CaseAccessOf.User((await AuthenticationState).User);
}
