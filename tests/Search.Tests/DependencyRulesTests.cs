using Charity.TestSupport.Architecture;

namespace Charity.Search.Tests;

public sealed class DependencyRulesTests
{
    /// <summary>Search indexes anonymised documents and filters by the Matching grid; it must not reach the marketplace's data.</summary>
    [Fact]
    public void Search_DependsAtMostOnMatching() =>
        Assert.All(ProjectGraph.ReferencesOf("Search"), reference => Assert.Equal("Matching", reference));
}
