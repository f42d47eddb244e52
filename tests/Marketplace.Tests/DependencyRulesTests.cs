using Charity.TestSupport.Architecture;

namespace Charity.Marketplace.Tests;

public sealed class DependencyRulesTests
{
    private static readonly string[] MarketplaceMayUse = ["Matching", "Points"];

    [Fact]
    public void Marketplace_UsesOnlyMatchingAndPoints() =>
        Assert.All(ProjectGraph.ReferencesOf("Marketplace"), reference => Assert.Contains(reference, MarketplaceMayUse));

    [Theory]
    [InlineData("Persistence.Sqlite")]
    [InlineData("Persistence.PostgreSql")]
    [InlineData("Persistence.SqlServer")]
    public void PersistenceProject_ReferencesOnlyTheModulesWhoseMigrationsItHolds(string project) =>
        Assert.Equal(["Marketplace", "Points"], ProjectGraph.ReferencesOf(project).Order());
}
