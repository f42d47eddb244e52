using Charity.Marketplace.Overview;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Home;

public sealed partial class AdminHome
{
    private BureauOverview? _overview;
    private List<ChartSeries<double>> _districtSeries = [];
    private string[] _districtLabels = [];
    private readonly BarChartOptions _chartOptions = new() { ChartPalette = ["#b3261e"], ShowValues = true };

    [Inject]
    private HomeOverviewQueries Queries { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _overview = await Queries.ForBureauAsync();
        _districtLabels = _overview.ActiveCaseFilesByDistrict.Select(d => d.District.ToString()).ToArray();
        _districtSeries =
        [
            new() { Name = L["Home.Admin.ActiveCaseFiles"], Data = new ChartData<double>(_overview.ActiveCaseFilesByDistrict.Select(d => (double)d.Count).ToArray()) },
        ];
    }
}
