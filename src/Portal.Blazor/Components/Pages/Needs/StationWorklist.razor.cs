using Charity.Marketplace.Assessment;
using Charity.Marketplace.Needs;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Needs;

public sealed partial class StationWorklist
{
    private readonly Dictionary<Guid, int> _ranks = [];
    private MudDataGrid<NeedWorklist.Row>? _grid;
    private IReadOnlyDictionary<NeedStatus, int> _counts = new Dictionary<NeedStatus, int>();
    private NeedStatus? _status = NeedStatus.Open;
    private Urgency? _urgency;

    [Inject]
    private NeedWorklist Queue { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private async Task<GridData<NeedWorklist.Row>> LoadAsync(GridState<NeedWorklist.Row> state, CancellationToken cancellationToken)
    {
        var access = CaseAccessOf.User((await AuthenticationState).User);
        var page = await Queue.PageAsync(access, new NeedWorklist.Filter(_status, _urgency), state.Page, state.PageSize, cancellationToken);
        _counts = page.CountsByStatus;
        _ranks.Clear();
        for (var i = 0; i < page.Rows.Count; i++)
        {
            _ranks[page.Rows[i].Id] = (state.Page * state.PageSize) + i + 1;
        }

        return new GridData<NeedWorklist.Row> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private int RankOf(NeedWorklist.Row row) => _ranks.GetValueOrDefault(row.Id);

    private int WaitingDays(NeedWorklist.Row row) => (int)(Clock.GetUtcNow() - row.CreatedAt).TotalDays;

    private Task OnStatusChanged(NeedStatus? status) => Reload(() => _status = status);

    private Task OnUrgencyChanged(Urgency? urgency) => Reload(() => _urgency = urgency);

    private Task Reload(Action applyFilter)
    {
        applyFilter();
        return _grid?.ReloadServerData() ?? Task.CompletedTask;
    }
}
