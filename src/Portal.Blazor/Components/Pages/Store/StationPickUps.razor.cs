using Charity.Marketplace;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Cases;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>
/// The station's pick-up counter: orders waiting to be collected, handed over or cancelled with a reason, and
/// those already collected or cancelled.
/// </summary>
public sealed partial class StationPickUps
{
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private const int PageSize = 25;

    private readonly Dictionary<StoreOrderStatus, int> _pages = Enum.GetValues<StoreOrderStatus>().ToDictionary(status => status, _ => 0);
    private Dictionary<StoreOrderStatus, RowPage<SupermarketOrder>>? _orders;
    private (Severity Severity, string Text)? _notice;
    private Guid? _stationId;
    private bool _busy;

    [Inject]
    private SupermarketOrders Orders { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _stationId = PortalClaims.StationOf((await AuthenticationState).User);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (_stationId is not { } station)
        {
            return;
        }

        var orders = new Dictionary<StoreOrderStatus, RowPage<SupermarketOrder>>();
        foreach (var status in Enum.GetValues<StoreOrderStatus>())
        {
            (orders[status], _pages[status]) = await PagePicker.ReadInRangeAsync(_pages[status], PageSize, page => Orders.AtStationAsync(station, status, page, PageSize));
        }

        _orders = orders;
    }

    private async Task ShowPageAsync(StoreOrderStatus status, int page)
    {
        _pages[status] = page;
        await LoadAsync();
    }

    private Task CollectAsync(SupermarketOrder order) =>
        RunAsync(access => Orders.MarkCollectedAsync(access, order.Order.Id), L["PickUps.CollectedDone", order.ItemName]);

    private async Task CancelAsync(SupermarketOrder order)
    {
        var parameters = new DialogParameters<CancelOrderDialog> { { dialog => dialog.Order, order } };
        var dialog = await Dialogs.ShowAsync<CancelOrderDialog>(L["PickUps.CancelTitle"], parameters, DialogOptions);
        if (await dialog.Result is { Canceled: false, Data: string reason })
        {
            await RunAsync(access => Orders.CancelAtStationAsync(access, order.Order.Id, reason), L["PickUps.CancelledDone", order.ItemName]);
        }
    }

    private async Task RunAsync(Func<CaseAccess, Task<StoreOrderResult>> step, string done)
    {
        _busy = true;
        try
        {
            var result = await step(CaseAccessOf.User((await AuthenticationState).User));
            _notice = StoreOrderFeedback.WhyRefused(L, result) is { } refusal ? (Severity.Warning, refusal) : (Severity.Success, done);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
