using Charity.Marketplace.Offers;
using Charity.Portal.Blazor.Offers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Offers;

/// <summary>The organisation's own offers, paged on the server, with pause and resume.</summary>
public sealed partial class MyOffers
{
    private MudDataGrid<OfferRow>? _grid;
    private OfferStatus? _status;
    private string? _message;

    [Inject]
    private OfferService Offers { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private async Task<GridData<OfferRow>> LoadAsync(GridState<OfferRow> state, CancellationToken cancellationToken)
    {
        var page = await Offers.PageOwnAsync(await AccessAsync(), _status, state.Page, state.PageSize, cancellationToken);
        return new GridData<OfferRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private Task OnStatusChanged(OfferStatus? status)
    {
        _status = status;
        return _grid?.ReloadServerData() ?? Task.CompletedTask;
    }

    private async Task PauseAsync(OfferRow row) => await AfterAsync(await Offers.PauseAsync(await AccessAsync(), row.Id, row.Version));

    private async Task ResumeAsync(OfferRow row) => await AfterAsync(await Offers.ResumeAsync(await AccessAsync(), row.Id, row.Version));

    private async Task AfterAsync(OfferResult result)
    {
        _message = result.Outcome switch
        {
            OfferOutcome.Done => null,
            OfferOutcome.Conflict => L["OfferEdit.Conflict"].Value,
            OfferOutcome.Invalid when result.Problems is [var problem, ..] => L[$"OfferProblem.{problem.Code}"].Value,
            _ => L["OfferEdit.NotFound"].Value,
        };
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task<OfferAccess> AccessAsync() => OfferAccessOf.User((await AuthenticationState).User);
}
