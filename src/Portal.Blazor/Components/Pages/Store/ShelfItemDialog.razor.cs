using Charity.Marketplace.Regions;
using Charity.Marketplace.Rewards;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>
/// Adds an item to a sponsor's shelf or edits one. Each problem shows next to its field; an edit that someone
/// else's change overtook is refused with a conflict message.
/// </summary>
public sealed partial class ShelfItemDialog
{
    private const string NameField = nameof(SupermarketItemDraft.Name);
    private const string DescriptionField = nameof(SupermarketItemDraft.Description);
    private const string PriceField = nameof(SupermarketItemDraft.Price);
    private const string StockField = nameof(SupermarketItemDraft.Stock);
    private const string StationField = nameof(SupermarketItemDraft.StationId);

    private ShelfItemForm _form = new();
    private RewardResult? _result;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private SupermarketShelves Shelves { get; set; } = null!;

    /// <summary>The item to edit; null to add a new one.</summary>
    [Parameter]
    public SupermarketItem? Item { get; set; }

    /// <summary>The organisation whose shelf it is.</summary>
    [Parameter]
    public Guid SponsorId { get; set; }

    /// <summary>The organisation the person acts for; null for the bureau.</summary>
    [Parameter]
    public Guid? ActingOrganisation { get; set; }

    /// <summary>The stations an item can be collected at.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<StationDirectory.Row> Stations { get; set; } = [];

    private string? FormMessage => RewardFeedback.ForForm(L, _result, NameField, DescriptionField, PriceField, StockField, StationField);

    protected override void OnInitialized() => _form = Item is null ? new ShelfItemForm() : ShelfItemForm.From(Item);

    private string? Problem(string field) => RewardFeedback.ProblemWith(_result, field);

    private string StationName(Guid stationId) => Stations.FirstOrDefault(s => s.Id == stationId)?.Name.ToString() ?? string.Empty;

    private void Cancel() => Dialog.Cancel();

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var draft = _form.ToDraft();
            _result = Item is null
                ? await Shelves.StockAsync(ActingOrganisation, SponsorId, draft)
                : await Shelves.EditAsync(ActingOrganisation, Item.Id, Item.Version, draft);
            if (_result.Outcome == RewardOutcome.Done)
            {
                Dialog.Close(DialogResult.Ok(_result.Id));
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
