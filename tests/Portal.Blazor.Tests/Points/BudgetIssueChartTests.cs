using System.Globalization;
using Bunit;
using Charity.Portal.Blazor.Components.Pages.Points;
using Charity.Portal.Blazor.Components.Parts;
using Charity.Portal.Blazor.Preferences;
using Charity.TestSupport.Components;

namespace Charity.Portal.Blazor.Tests.Points;

public sealed class BudgetIssueChartTests : MudBlazorTestContext
{
    private static readonly BudgetIssue Issue = new(1_000, [new RuleIssue("visit", 300), new RuleIssue("referral", 100)]);

    private readonly DisplayPreferences _preferences = new(careMode: false);

    public BudgetIssueChartTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalCultures.Chinese);

    [Fact]
    public void Render_Issue_ListsEachRuleByNameWithItsShare()
    {
        var cut = RenderChart(Issue);

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("志愿服务时长", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("75", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("以奖代补", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownKind_IsNamedByTheKindItself()
    {
        var cut = RenderChart(new BudgetIssue(0, [new RuleIssue("another-kind", 5)]));

        Assert.Contains("another-kind", cut.Find("tbody").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NothingIssued_ShowsTheEmptyStateInsteadOfAChart()
    {
        var cut = RenderChart(BudgetIssue.None);

        Assert.Contains("尚未发放积分", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void CareMode_SwitchedOn_RedrawsTheChartInTheCareThemesColours()
    {
        var cut = RenderChart(Issue);
        var care = ChartPalettes.For(careMode: true)[0];
        Assert.DoesNotContain(care, cut.Markup, StringComparison.OrdinalIgnoreCase);

        cut.InvokeAsync(() => _preferences.SetCareMode(true));

        cut.WaitForAssertion(() => Assert.Contains(care, cut.Markup, StringComparison.OrdinalIgnoreCase));
    }

    private IRenderedComponent<BudgetIssueChart> RenderChart(BudgetIssue issue) =>
        Render<BudgetIssueChart>(parameters => parameters.Add(p => p.Issue, issue).AddCascadingValue(_preferences));
}
