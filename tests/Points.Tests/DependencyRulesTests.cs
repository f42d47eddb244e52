using Charity.TestSupport.Architecture;

namespace Charity.Points.Tests;

public sealed class DependencyRulesTests
{
    [Fact]
    public void Points_DependsOnNoOtherProject() => Assert.Empty(ProjectGraph.ReferencesOf("Points"));
}
