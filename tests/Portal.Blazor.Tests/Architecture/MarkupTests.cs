using System.Text.RegularExpressions;
using Charity.TestSupport.Architecture;

namespace Charity.Portal.Blazor.Tests.Architecture;

/// <summary>Markup rules that the compiler cannot see.</summary>
public sealed partial class MarkupTests
{
    /// <summary>
    /// MudBlazor puts a text field's or picker's <c>Style</c> on the input inside it, whose container is a column: a
    /// flex basis there becomes the field's height. A wrapping element takes the size in the row instead.
    /// </summary>
    [Fact]
    public void InputFields_AreNotSizedInARowByTheirOwnStyle()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(ProjectGraph.RepositoryRoot, "src", "Portal.Blazor"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => FlexStyledInput().Matches(File.ReadAllText(file)).Select(match => $"{Path.GetFileName(file)}: {match.Value[..Math.Min(60, match.Value.Length)]}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex("""<Mud(TextField|NumericField|DatePicker|DateRangePicker|TimePicker|Autocomplete)\b[^>]*?Style="[^"]*flex""", RegexOptions.Singleline)]
    private static partial Regex FlexStyledInput();
}
