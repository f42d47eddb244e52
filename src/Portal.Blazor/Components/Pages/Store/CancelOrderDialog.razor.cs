using Charity.Marketplace.Rewards.Supermarket;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>Asks why an order is cancelled and checks the reason before handing it back; the points then return to the buyer.</summary>
public sealed partial class CancelOrderDialog
{
    private string? _reason;
    private string? _problem;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private SupermarketOrders Orders { get; set; } = null!;

    [Parameter, EditorRequired]
    public SupermarketOrder Order { get; set; } = null!;

    private void Close() => Dialog.Cancel();

    private void Confirm()
    {
        _problem = Orders.ProblemWithReason(_reason)?.ToString();
        if (_problem is null)
        {
            Dialog.Close(DialogResult.Ok(_reason!.Trim()));
        }
    }
}
