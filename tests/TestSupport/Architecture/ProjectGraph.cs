using System.Xml.Linq;

namespace Charity.TestSupport.Architecture;

/// <summary>The solution's project references as declared in the project files, for dependency-rule tests.</summary>
public static class ProjectGraph
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The names of the projects that a source project references directly.</summary>
    public static IReadOnlySet<string> ReferencesOf(string sourceProject)
    {
        var file = Path.Combine(RepositoryRoot, "src", sourceProject, $"{sourceProject}.csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The NuGet packages that a source project references directly.</summary>
    public static IReadOnlySet<string> PackagesOf(string sourceProject)
    {
        var file = Path.Combine(RepositoryRoot, "src", sourceProject, $"{sourceProject}.csproj");
        return XDocument.Load(file).Descendants("PackageReference")
            .Select(reference => reference.Attribute("Include")!.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Charity.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Charity.sln was not found above the test output folder.");
    }
}
