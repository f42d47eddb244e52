using Charity.Marketplace.Rewards;
using Charity.Points.Reports;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>What budgets were funded with and what they paid out under each earn rule, from their ledger totals.</summary>
/// <param name="Funded">Points put into the budgets by funding.</param>
/// <param name="ByRule">Points paid out per kind of business event, the earn rules first in their usual order.</param>
public sealed record BudgetIssue(long Funded, IReadOnlyList<RuleIssue> ByRule)
{
    private static readonly string[] RuleOrder =
        [RewardReferences.Visit, RewardReferences.CompletedReferral, RewardReferences.HouseholdWork, RewardReferences.Gift];

    public static BudgetIssue None { get; } = new(0, []);

    /// <summary>Points paid out under every rule together.</summary>
    public long Issued => ByRule.Sum(rule => rule.Points);

    /// <summary>One budget's issue from its totals by reference kind: funding credits in, debits out.</summary>
    public static BudgetIssue From(IEnumerable<ReferenceKindTotal> totals)
    {
        var list = totals.ToList();
        var funded = list.Where(t => t.ReferenceKind == RewardReferences.BudgetFunding).Sum(t => t.Credits);
        return new(funded, Ordered(list.Where(t => t.Debits > 0).Select(t => new RuleIssue(t.ReferenceKind, t.Debits))));
    }

    /// <summary>Several budgets' issue added up, rule by rule.</summary>
    public static BudgetIssue Combine(IEnumerable<BudgetIssue> issues)
    {
        var list = issues.ToList();
        return new(list.Sum(issue => issue.Funded), Ordered(list.SelectMany(issue => issue.ByRule)));
    }

    private static List<RuleIssue> Ordered(IEnumerable<RuleIssue> issues) =>
    [
        .. issues
            .GroupBy(issue => issue.ReferenceKind, StringComparer.Ordinal)
            .Select(kind => new RuleIssue(kind.Key, kind.Sum(issue => issue.Points)))
            .OrderBy(issue => RankOf(issue.ReferenceKind))
            .ThenBy(issue => issue.ReferenceKind, StringComparer.Ordinal),
    ];

    private static int RankOf(string referenceKind) =>
        Array.IndexOf(RuleOrder, referenceKind) is var index and >= 0 ? index : RuleOrder.Length;
}

/// <summary>Points paid out under one rule (one kind of business event).</summary>
public sealed record RuleIssue(string ReferenceKind, long Points);
