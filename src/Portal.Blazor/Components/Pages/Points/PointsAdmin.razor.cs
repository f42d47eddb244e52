using Charity.Marketplace.Events;
using Charity.Marketplace.Rewards;
using Charity.Points.Reports;
using Charity.Portal.Blazor.Points;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>
/// The bureau's view of sea-shell points: each budget with what it holds, was funded with and paid out, the
/// payout by rule, creating and funding budgets, and a warning when payments wait for an empty budget.
/// </summary>
public sealed partial class PointsAdmin
{
    private IReadOnlyList<BudgetView> _budgets = [];
    private IReadOnlyList<BudgetRow>? _rows;
    private BudgetRow? _selected;
    private OutboxBacklog? _backlog;

    [Inject]
    private RewardBudgets Budgets { get; set; } = null!;

    [Inject]
    private LedgerReports Reports { get; set; } = null!;

    [Inject]
    private OutboxDispatcher Outbox { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    /// <summary>The selected budget's issue, or every budget's together.</summary>
    private BudgetIssue SelectedIssue => _selected?.Issue ?? BudgetIssue.Combine(_rows?.Select(row => row.Issue) ?? []);

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _backlog = await Outbox.BacklogAsync();
        _budgets = await Budgets.ListAsync();
        var rows = new List<BudgetRow>(_budgets.Count);
        foreach (var budget in _budgets)
        {
            rows.Add(new BudgetRow(budget, BudgetIssue.From(await Reports.GetTotalsByReferenceKindAsync(budget.AccountId, new HistoryFilter()))));
        }

        _rows = rows;
        _selected = _selected is null ? null : rows.Find(row => row.Budget.Id == _selected.Budget.Id);
    }

    private void Select(BudgetRow? row) => _selected = row;

    private string StatementLink(BudgetView budget) => MonthlyStatementPage.LinkTo(StatementMonth.Current(Clock), StatementOwner.OfBudget(budget.Id));

    /// <summary>A budget with what it was funded with and paid out.</summary>
    private sealed record BudgetRow(BudgetView Budget, BudgetIssue Issue);
}
