using System.Globalization;

namespace Charity.Portal.Blazor.Components.Parts;

/// <summary>Times are stored in UTC and shown in China Standard Time, formatted for the page's culture.</summary>
internal static class ChinaTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("d", CultureInfo.CurrentCulture);

    public static string DateAndTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("g", CultureInfo.CurrentCulture);
}
