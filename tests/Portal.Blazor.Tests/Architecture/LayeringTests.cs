using Charity.Marketplace;
using Charity.TestSupport.Architecture;
using NetArchTest.Rules;

namespace Charity.Portal.Blazor.Tests.Architecture;

public sealed class LayeringTests
{
    private static readonly string[] SourceProjects =
        ["Marketplace", "Matching", "Points", "Search", "Persistence.Sqlite", "Persistence.PostgreSql", "Persistence.SqlServer"];

    [Fact]
    public void NoModule_DependsOnTheHost()
    {
        Assert.All(SourceProjects, project => Assert.DoesNotContain("Portal.Blazor", ProjectGraph.ReferencesOf(project)));
    }

    /// <summary>A page talks to a module's service; a DbContext in a circuit would outlive its unit of work.</summary>
    [Fact]
    public void Components_NeverUseTheDbContext()
    {
        var components = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace("Charity.Portal.Blazor.Components");
        Assert.Contains(components.GetTypes(), type => type.Name == "Login");

        var result = components
            .ShouldNot().HaveDependencyOn(typeof(MarketplaceDbContext).FullName)
            .GetResult();

        Assert.True(result.IsSuccessful, "Components using the DbContext: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
