using Charity.Marketplace.Cases;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Cases;

public sealed partial class CaseFiles
{
    private MudDataGrid<CaseFileRow>? _grid;
    private IReadOnlyDictionary<CaseFileStatus, int> _counts = new Dictionary<CaseFileStatus, int>();
    private string? _search;
    private CaseFileStatus? _status;
    private BeneficiaryCategory? _category;
    private bool _isBureau;

    [Inject]
    private CaseFileService Files { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private async Task<GridData<CaseFileRow>> LoadAsync(GridState<CaseFileRow> state, CancellationToken cancellationToken)
    {
        var access = CaseAccessOf.User((await AuthenticationState).User);
        _isBureau = access.IsBureau;
        var page = await Files.PageAsync(access, new CaseFileFilter(_search, _status, _category), state.Page, state.PageSize, cancellationToken);
        _counts = page.CountsByStatus;
        return new GridData<CaseFileRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private Task OnSearchChanged(string? search) => Reload(() => _search = search);

    private Task OnStatusChanged(CaseFileStatus? status) => Reload(() => _status = status);

    private Task OnCategoryChanged(BeneficiaryCategory? category) => Reload(() => _category = category);

    private Task Reload(Action applyFilter)
    {
        applyFilter();
        return _grid?.ReloadServerData() ?? Task.CompletedTask;
    }
}
