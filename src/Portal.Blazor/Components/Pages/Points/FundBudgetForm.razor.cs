using Charity.Marketplace.Rewards;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>
/// Adds points to a budget. The form keeps one request id until the funding succeeds, so a form sent twice (a
/// double click, a retry) funds once.
/// </summary>
public sealed partial class FundBudgetForm
{
    private const string PointsField = "points";

    private Guid _requestId = Guid.NewGuid();
    private Guid _budgetId;
    private long _points;
    private (string Budget, long Points)? _funded;
    private RewardResult? _result;
    private bool _busy;

    [Inject]
    private RewardBudgets Service { get; set; } = null!;

    /// <summary>The budgets to choose from.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<BudgetView> Budgets { get; set; } = [];

    /// <summary>Called after a budget was funded, so the page can show its new balance.</summary>
    [Parameter]
    public EventCallback OnFunded { get; set; }

    private string? PointsProblem => RewardFeedback.ProblemWith(_result, PointsField);

    private string? FormMessage => RewardFeedback.ForForm(L, _result, PointsField);

    protected override void OnParametersSet()
    {
        if (Budgets.All(budget => budget.Id != _budgetId))
        {
            _budgetId = Budgets.Count > 0 ? Budgets[0].Id : Guid.Empty;
        }
    }

    private async Task FundAsync()
    {
        _busy = true;
        try
        {
            _result = await Service.FundAsync(_budgetId, _points, _requestId);
            _funded = null;
            if (_result.Outcome == RewardOutcome.Done)
            {
                _funded = (Budgets.First(budget => budget.Id == _budgetId).Name, _points);
                (_requestId, _points) = (Guid.NewGuid(), 0);
                await OnFunded.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
