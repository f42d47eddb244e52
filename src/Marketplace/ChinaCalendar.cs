namespace Charity.Marketplace;

/// <summary>Dates as people in China count them: China Standard Time is UTC+8 all year round.</summary>
public static class ChinaCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>China Standard Time without a time-zone database: UTC+8 all year.</summary>
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.CreateCustomTimeZone("China Standard Time", Offset, "China Standard Time", "China Standard Time");

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }
}
