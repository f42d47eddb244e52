using Charity.Marketplace;
using Charity.Points.Reports;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>The account's closing balance of each of the last 90 days, as a line; every fortnight is labelled.</summary>
public sealed partial class PointsBalanceChart
{
    private const int Days = 90;
    private const int LabelEvery = 15;
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    /// <summary>The current balance; when it changes, the chart is read again.</summary>
    [Parameter]
    public long Balance { get; set; }

    [Inject]
    private LedgerReports Reports { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var from = ChinaCalendar.Today(Clock).AddDays(1 - Days);
        var days = await Reports.GetDailyBalancesAsync(AccountId, from, ChinaCalendar.TimeZone);
        _labels = [.. days.Select((day, index) => index % LabelEvery == 0 ? ChinaTime.Date(day.Date) : string.Empty)];
        _series = [new() { Name = L["MyPoints.Balance"], Data = new ChartData<double>([.. days.Select(day => (double)day.ClosingBalance)]) }];
    }
}
