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
    private IReadOnlyList<SupermarketOrder>? _orders;
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

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _volunteerId = (await Volunteer.FindAsync((await AuthenticationState).User))?.VolunteerId;
        _orders = _volunteerId is { } volunteerId ? await Orders.OfVolunteerAsync(volunteerId) : [];
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
        await LoadAsync();
    }
}
