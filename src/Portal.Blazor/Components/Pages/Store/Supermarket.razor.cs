using Charity.Marketplace;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Portal.Blazor.Points;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>积分超市: what sponsors stock for volunteers to order with their points and collect at a station.</summary>
public sealed partial class Supermarket
{
    private const int PageSize = 24;

    private RowPage<SupermarketItem>? _items;
    private int _page;
    private string? _search;
    private SignedInVolunteer.VolunteerPoints? _volunteer;

    [Inject]
    private SupermarketShelves Shelves { get; set; } = null!;

    [Inject]
    private SignedInVolunteer Volunteer { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private long Balance => _volunteer?.Account?.Balance ?? 0;

    private bool Searching => !string.IsNullOrWhiteSpace(_search);

    protected override Task OnInitializedAsync() => LoadAsync();

    /// <summary>Reads the shelves and the balance again, as after an order.</summary>
    private async Task LoadAsync()
    {
        _volunteer = await Volunteer.FindAsync((await AuthenticationState).User);
        _items = await Shelves.ListAsync(includeWithdrawn: false, page: _page, pageSize: PageSize, nameContains: _search);
    }

    private async Task ShowPageAsync(int page)
    {
        _page = page;
        await LoadAsync();
    }

    private async Task SearchAsync(string? search)
    {
        (_search, _page) = (search, 0);
        await LoadAsync();
    }
}
