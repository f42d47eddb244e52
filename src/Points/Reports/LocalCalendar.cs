namespace Charity.Points.Reports;

/// <summary>Days and months as people in one time zone count them (the portal shows China time).</summary>
internal static class LocalCalendar
{
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo timeZone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, timeZone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);
}
