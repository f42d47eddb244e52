using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Charity.EndToEnd.Browsing;

/// <summary>Runs axe-core on the page as it stands and reports the problems that block or seriously hinder people.</summary>
internal static class AxeAudit
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>Fails the test with every serious or critical violation, one per line.</summary>
    public static async Task ExpectNoSeriousViolationsAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"Axe found {violations.Count} serious or critical problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>One line per serious or critical violation: rule, impact, help text and the offending elements.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => BlockingImpacts.Contains(v.Impact))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} -> {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
    }
}
