using System.Text.RegularExpressions;
using Charity.TestSupport.Architecture;
using Charity.TestSupport.Web;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>The style classes the markup names exist in the stylesheets the portal serves.</summary>
public sealed partial class StylesheetTests(SqlitePortalFactory portal) : IClassFixture<SqlitePortalFactory>
{
    private static readonly string[] Stylesheets = ["/_content/MudBlazor/MudBlazor.min.css", "/css/portal.css", "/Portal.Blazor.styles.css"];

    /// <summary>
    /// A utility class that no stylesheet defines does nothing, silently: numbers meant to be right-aligned stay left.
    /// Classes that only mark an element for a test or a scoped style are left to those.
    /// </summary>
    [Fact]
    public async Task UtilityClassesInMarkup_AreDefinedByAServedStylesheet()
    {
        using var client = portal.CreateClient();
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stylesheet in Stylesheets)
        {
            defined.UnionWith(ClassSelector().Matches(await client.GetStringAsync(stylesheet)).Select(match => match.Groups[1].Value));
        }

        var undefined = Directory.EnumerateFiles(Path.Combine(ProjectGraph.RepositoryRoot, "src", "Portal.Blazor"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => LiteralClasses().Matches(File.ReadAllText(file))
                .SelectMany(match => match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(name => UtilityClass().IsMatch(name) && !defined.Contains(name))
                .Select(name => $"{Path.GetFileName(file)}: {name}"))
            .Distinct()
            .ToList();

        Assert.True(defined.Count > 1_000, $"Only {defined.Count} classes were read from the stylesheets.");
        Assert.Empty(undefined);
    }

    [GeneratedRegex(@"\.(-?[_a-zA-Z][\w-]*)")]
    private static partial Regex ClassSelector();

    [GeneratedRegex("\\b[Cc]lass=\"([^\"@]*)\"")]
    private static partial Regex LiteralClasses();

    /// <summary>The families of utility classes that MudBlazor and the portal's stylesheet provide.</summary>
    [GeneratedRegex("^(text|d|flex|align|justify|gap|[mp][atblrxy]?|mud|order|overflow|rounded|border|cursor|visually|screen|print)-")]
    private static partial Regex UtilityClass();
}
