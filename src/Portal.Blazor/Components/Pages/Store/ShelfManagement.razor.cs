using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>
/// The points supermarket's shelves: the bureau manages any sponsor's items, a provider only its own
/// organisation's. Items are added, edited, restocked and withdrawn here.
/// </summary>
public sealed partial class ShelfManagement
{
    private const int PageSize = 25;

    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private IReadOnlyList<OrganisationDirectory.Row> _sponsors = [];
    private IReadOnlyList<StationDirectory.Row> _stations = [];
    private RowPage<SupermarketItem>? _items;
    private int _page;
    private Guid? _actingOrganisation;
    private Guid? _sponsorId;
    private bool _isBureau;
    private bool _includeWithdrawn;
    private string? _search;
    private string? _message;

    [Inject]
    private SupermarketShelves Shelves { get; set; } = null!;

    [Inject]
    private OrganisationDirectory Organisations { get; set; } = null!;

    [Inject]
    private StationDirectory Stations { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        _isBureau = user.IsInRole(PortalRoles.Admin);
        _actingOrganisation = _isBureau ? null : PortalClaims.OrganisationOf(user);
        _sponsorId = _actingOrganisation;
        if (_isBureau || _actingOrganisation is not null)
        {
            _sponsors = _isBureau ? await Organisations.ListVerifiedByNameAsync() : [];
            _stations = await Stations.ListAsync();
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        (_items, _page) = await PagePicker.ReadInRangeAsync(_page, PageSize, page => Shelves.ListAsync(_includeWithdrawn, _sponsorId, page, PageSize, _search));
    }

    private async Task ShowPageAsync(int page)
    {
        _page = page;
        await LoadAsync();
    }

    private bool Searching => !string.IsNullOrWhiteSpace(_search);

    private Task SearchAsync(string? search)
    {
        (_search, _page) = (search, 0);
        return LoadAsync();
    }

    private string SponsorName(Guid? sponsorId) =>
        sponsorId is null ? L["Shelves.AllSponsors"] : _sponsors.FirstOrDefault(s => s.Id == sponsorId)?.Name ?? string.Empty;

    private Task ChooseSponsorAsync(Guid? sponsorId)
    {
        (_sponsorId, _page) = (sponsorId, 0);
        return LoadAsync();
    }

    private Task ShowWithdrawnAsync(bool include)
    {
        (_includeWithdrawn, _page) = (include, 0);
        return LoadAsync();
    }

    private Task AddAsync() => _sponsorId is { } sponsor ? OpenItemDialogAsync(sponsor, null) : Task.CompletedTask;

    private Task EditAsync(SupermarketItem item) => OpenItemDialogAsync(item.SponsorId, item);

    private async Task OpenItemDialogAsync(Guid sponsorId, SupermarketItem? item)
    {
        var parameters = new DialogParameters<ShelfItemDialog>
        {
            { dialog => dialog.Item, item },
            { dialog => dialog.SponsorId, sponsorId },
            { dialog => dialog.ActingOrganisation, _actingOrganisation },
            { dialog => dialog.Stations, _stations },
        };
        await ReloadWhenDoneAsync(await Dialogs.ShowAsync<ShelfItemDialog>(L[item is null ? "Shelves.Add" : "Shelves.Edit"], parameters, DialogOptions));
    }

    private async Task RestockAsync(SupermarketItem item)
    {
        var parameters = new DialogParameters<RestockDialog>
        {
            { dialog => dialog.Item, item },
            { dialog => dialog.ActingOrganisation, _actingOrganisation },
        };
        await ReloadWhenDoneAsync(await Dialogs.ShowAsync<RestockDialog>(L["Shelves.RestockItem", item.Name], parameters, DialogOptions));
    }

    private async Task WithdrawAsync(SupermarketItem item)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Shelves.WithdrawTitle"], L["Shelves.WithdrawConfirm", item.Name], L["Shelves.Withdraw"], cancelText: L["Common.Cancel"]);
        if (confirmed == true)
        {
            _message = RewardFeedback.ForForm(L, await Shelves.WithdrawAsync(_actingOrganisation, item.Id, item.Version));
            await LoadAsync();
        }
    }

    private async Task ReloadWhenDoneAsync(IDialogReference dialog)
    {
        if (await dialog.Result is { Canceled: false })
        {
            _message = null;
            await LoadAsync();
        }
    }
}
