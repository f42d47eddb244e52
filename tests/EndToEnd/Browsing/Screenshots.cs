using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Charity.EndToEnd.Browsing;

/// <summary>Full-page screenshots kept as test artefacts in the test output's screenshots folder.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Saves <c>{test}[-{variant}].{language}.png</c>.</summary>
    public static async Task SaveAsync(IPage page, PortalLanguage language, string? variant = null, [CallerMemberName] string test = "")
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(language);
        Directory.CreateDirectory(Folder);
        var name = variant is null ? test : $"{test}-{variant}";
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, $"{name}.{language.Code}.png"),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
        });
    }
}
