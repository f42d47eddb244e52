using Charity.TestSupport.Architecture;

namespace Charity.Matching.Tests;

public sealed class DependencyRulesTests
{
    [Fact]
    public void Matching_DependsOnNoOtherProject() => Assert.Empty(ProjectGraph.ReferencesOf("Matching"));

    [Fact]
    public void Matching_UsesNoDataAccessPackage() =>
        Assert.DoesNotContain(ProjectGraph.PackagesOf("Matching"), p => p.Contains("EntityFrameworkCore", StringComparison.OrdinalIgnoreCase) || p.Contains("Npgsql", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void MatchingAssembly_ReferencesNoDataAccessAssembly() =>
        Assert.DoesNotContain(typeof(Charity.Matching.Geo.GeoPoint).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
}
