using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Charity.TestSupport.Architecture;

namespace Charity.Portal.Blazor.Tests.Localization;

/// <summary>The two languages say the same things, and every text formats without error.</summary>
public sealed class ResourceTests
{
    private static readonly Dictionary<string, string> Chinese = Load("SharedResource.resx");
    private static readonly Dictionary<string, string> English = Load("SharedResource.en-US.resx");

    [Fact]
    public void Languages_HaveTheSameKeys()
    {
        Assert.Empty(Chinese.Keys.Except(English.Keys));
        Assert.Empty(English.Keys.Except(Chinese.Keys));
    }

    [Fact]
    public void EveryText_IsNonEmptyAndFormatsWithArguments()
    {
        Assert.All(Chinese.Concat(English), entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key);
            _ = string.Format(CultureInfo.InvariantCulture, entry.Value, "a", "b", "c", "d", "e", "f");
        });
    }

    [Fact]
    public void EveryText_UsesTheSamePlaceholdersInBothLanguages()
    {
        Assert.All(Chinese, entry => Assert.Equal(Placeholders(entry.Value), Placeholders(English[entry.Key])));
    }

    /// <summary>A text for MudBlazor's own components counts only under a key MudBlazor asks for; a misspelt one would leave its English showing.</summary>
    [Fact]
    public void MudBlazorTexts_AreKeysMudBlazorHas()
    {
        var mudBlazor = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudBlazor.MudButton).Assembly);

        Assert.All(Chinese.Keys.Where(key => key.StartsWith("Mud.", StringComparison.Ordinal)), key =>
            Assert.NotNull(mudBlazor.GetString(key["Mud.".Length..], CultureInfo.InvariantCulture)));
    }

    private static List<string> Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order().ToList();

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(ProjectGraph.RepositoryRoot, "src", "Portal.Blazor", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
}
