using System.Globalization;

namespace Charity.Portal.Blazor.Preferences;

/// <summary>The portal's languages: Simplified Chinese by default, English.</summary>
public static class PortalCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    public static IReadOnlyList<string> Supported { get; } = [Chinese, English];

    public static string Normalise(string? culture) =>
        Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? Chinese;

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}
