using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>A donut of what budgets paid out under each earn rule, with the figures in a table beside it.</summary>
public sealed partial class BudgetIssueChart
{
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];

    [Parameter, EditorRequired]
    public BudgetIssue Issue { get; set; } = BudgetIssue.None;

    protected override void OnParametersSet()
    {
        _labels = [.. Issue.ByRule.Select(rule => RuleName(rule.ReferenceKind))];
        _series = [new() { Name = L["PointsAdmin.Issued"], Data = new ChartData<double>([.. Issue.ByRule.Select(rule => (double)rule.Points)]) }];
    }

    /// <summary>The rule's name, or the reference kind itself for a kind without one.</summary>
    private string RuleName(string referenceKind) =>
        L[$"PointsRule.{referenceKind}"] is { ResourceNotFound: false } name ? name.Value : referenceKind;
}
