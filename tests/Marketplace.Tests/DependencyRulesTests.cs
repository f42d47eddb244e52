using Charity.TestSupport.Architecture;

namespace Charity.Marketplace.Tests;

public sealed class DependencyRulesTests
{
    [Fact]
    public void Marketplace_UsesOnlyMatchingAndPoints() =>
        Assert.Subset(new HashSet<string> { "Matching", "Points" }, ProjectGraph.ReferencesOf("Marketplace"));

    [Theory]
    [InlineData("Persistence.Sqlite")]
    [InlineData("Persistence.PostgreSql")]
    [InlineData("Persistence.SqlServer")]
    public void PersistenceProject_ReferencesOnlyMarketplace(string project) =>
        Assert.Equal(["Marketplace"], ProjectGraph.ReferencesOf(project));
}
