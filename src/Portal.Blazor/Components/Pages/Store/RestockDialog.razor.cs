using Charity.Marketplace.Rewards;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>Adds stock to an item on the shelves.</summary>
public sealed partial class RestockDialog
{
    private const string QuantityField = "quantity";

    private int _quantity = 10;
    private RewardResult? _result;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private SupermarketShelves Shelves { get; set; } = null!;

    [Parameter, EditorRequired]
    public SupermarketItem Item { get; set; } = null!;

    /// <summary>The organisation the person acts for; null for the bureau.</summary>
    [Parameter]
    public Guid? ActingOrganisation { get; set; }

    private string? QuantityProblem => RewardFeedback.ProblemWith(_result, QuantityField);

    private string? FormMessage => RewardFeedback.ForForm(L, _result, QuantityField);

    private void Cancel() => Dialog.Cancel();

    private async Task RestockAsync()
    {
        _busy = true;
        try
        {
            _result = await Shelves.RestockAsync(ActingOrganisation, Item.Id, _quantity);
            if (_result.Outcome == RewardOutcome.Done)
            {
                Dialog.Close(DialogResult.Ok(_quantity));
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
