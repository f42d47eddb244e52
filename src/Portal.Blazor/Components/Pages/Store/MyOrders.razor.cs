using Charity.Marketplace;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;
using Charity.Portal.Blazor.Points;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>The volunteer's supermarket orders, newest first, with where to collect them; a placed order may be cancelled with a reason.</summary>
public sealed partial class MyOrders
{
    private MudDataGrid<SupermarketOrder>? _grid;
    private Guid? _volunteerId;
    private SupermarketOrder? _cancelling;
    private string? _message;
    private Severity _messageSeverity;

    [Inject]
    private SupermarketOrders Orders { get; set; } = null!;

    [Inject]
    private SignedInVolunteer Volunteer { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    /// <summary>The grid asks for its first page as soon as it is rendered, so the volunteer is looked up here rather than on initialisation.</summary>
    private async Task<GridData<SupermarketOrder>> LoadPageAsync(GridState<SupermarketOrder> state, CancellationToken cancellationToken)
    {
        _volunteerId ??= (await Volunteer.FindAsync((await AuthenticationState).User, cancellationToken))?.VolunteerId;
        var page = _volunteerId is { } volunteerId
            ? await Orders.OfVolunteerAsync(volunteerId, state.Page, state.PageSize, cancellationToken)
            : new RowPage<SupermarketOrder>([], 0);
        return new GridData<SupermarketOrder> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private void StartCancelling(SupermarketOrder order)
    {
        _message = null;
        _cancelling = order;
    }

    private async Task OnCancelFinishedAsync(StoreOrderOutcome outcome)
    {
        var (severity, key) = StoreOrderMessages.OfCancelling(outcome);
        (_messageSeverity, _message, _cancelling) = (severity, L[key].Value, null);
        await (_grid?.ReloadServerData() ?? Task.CompletedTask);
    }
}
