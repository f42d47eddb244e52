using System.Globalization;
using Charity.Marketplace;

namespace Charity.Portal.Blazor.Components.Parts;

/// <summary>Times are stored in UTC and shown in China Standard Time, formatted for the page's culture.</summary>
internal static class ChinaTime
{
    public static string Date(DateTimeOffset at) => at.ToOffset(ChinaCalendar.Offset).ToString("d", CultureInfo.CurrentCulture);

    public static string Date(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    public static string DateAndTime(DateTimeOffset at) => at.ToOffset(ChinaCalendar.Offset).ToString("g", CultureInfo.CurrentCulture);
}
