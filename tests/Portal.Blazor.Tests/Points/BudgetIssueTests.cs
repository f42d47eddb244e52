using Charity.Points.Reports;
using Charity.Portal.Blazor.Components.Pages.Points;

namespace Charity.Portal.Blazor.Tests.Points;

public sealed class BudgetIssueTests
{
    [Fact]
    public void From_FundingAndPayouts_CountsFundingAsFundedAndDebitsAsIssuedByRule()
    {
        var issue = BudgetIssue.From(
        [
            new ReferenceKindTotal("budget-funding", Credits: 1_000, Debits: 0, Count: 2),
            new ReferenceKindTotal("referral", Credits: 0, Debits: 40, Count: 2),
            new ReferenceKindTotal("visit", Credits: 5, Debits: 300, Count: 11),
        ]);

        Assert.Equal(1_000, issue.Funded);
        Assert.Equal([new RuleIssue("visit", 300), new RuleIssue("referral", 40)], issue.ByRule);
        Assert.Equal(340, issue.Issued);
    }

    [Fact]
    public void Combine_SeveralBudgets_AddsUpRuleByRuleWithTheEarnRulesFirst()
    {
        var bureau = BudgetIssue.From([new ReferenceKindTotal("gift", 0, 10, 1), new ReferenceKindTotal("visit", 0, 100, 4)]);
        var sponsor = BudgetIssue.From(
        [
            new ReferenceKindTotal("another-kind", 0, 7, 1),
            new ReferenceKindTotal("visit", 0, 50, 2),
            new ReferenceKindTotal("household-work", 0, 15, 3),
            new ReferenceKindTotal("budget-funding", 500, 0, 1),
        ]);

        var total = BudgetIssue.Combine([bureau, sponsor]);

        Assert.Equal(500, total.Funded);
        Assert.Equal(
            [new RuleIssue("visit", 150), new RuleIssue("household-work", 15), new RuleIssue("gift", 10), new RuleIssue("another-kind", 7)],
            total.ByRule);
        Assert.Equal(182, total.Issued);
    }

    [Fact]
    public void Combine_NoBudgets_IssuesNothing()
    {
        var total = BudgetIssue.Combine([]);

        Assert.Equal(0, total.Funded);
        Assert.Empty(total.ByRule);
        Assert.Equal(0, BudgetIssue.None.Issued);
    }
}
