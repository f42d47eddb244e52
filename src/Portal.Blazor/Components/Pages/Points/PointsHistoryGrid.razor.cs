using Charity.Marketplace;
using Charity.Points.Accounts;
using Charity.Points.Reports;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>An account's entries, newest first, a page at a time, narrowed by direction, kind of event and China dates.</summary>
public sealed partial class PointsHistoryGrid
{
    private MudDataGrid<AccountEntry>? _grid;
    private EntryDirection _direction = EntryDirection.All;
    private string? _kind;
    private DateTime? _from;
    private DateTime? _until;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    [Inject]
    private LedgerReports Reports { get; set; } = null!;

    /// <summary>Reads the current page again, after the account moved.</summary>
    public Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<GridData<AccountEntry>> LoadAsync(GridState<AccountEntry> state, CancellationToken cancellationToken)
    {
        var filter = new HistoryFilter(StartOf(_from), StartOf(_until?.AddDays(1)), _direction, _kind);
        var page = await Reports.GetHistoryAsync(AccountId, filter, state.Page * state.PageSize, state.PageSize, cancellationToken);
        return new GridData<AccountEntry> { Items = page.Entries, TotalItems = page.TotalCount };
    }

    private Task OnDirectionChanged(EntryDirection direction)
    {
        _direction = direction;
        return ReloadAsync();
    }

    private Task OnKindChanged(string? kind)
    {
        _kind = kind;
        return ReloadAsync();
    }

    private Task OnFromChanged(DateTime? from)
    {
        _from = from;
        return ReloadAsync();
    }

    private Task OnUntilChanged(DateTime? until)
    {
        _until = until;
        return ReloadAsync();
    }

    /// <summary>Midnight in China at the start of <paramref name="day"/>: the history's days are China's.</summary>
    private static DateTimeOffset? StartOf(DateTime? day) => day is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified), ChinaCalendar.Offset) : null;
}
