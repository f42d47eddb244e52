namespace Charity.Matching.Model;

/// <summary>
/// The hours of a week as 168 bits (7 days × 24 hours, Sunday 00:00 first, local time of the region): an offer's
/// opening schedule or a need's time window. Two schedules fit together when they share at least one hour.
/// </summary>
public readonly record struct WeeklyHours
{
    private const int HoursPerWeek = 7 * 24;

    private readonly ulong _first;
    private readonly ulong _second;
    private readonly ulong _third;

    private WeeklyHours(ulong first, ulong second, ulong third)
    {
        _first = first;
        _second = second;
        _third = third & ((1UL << (HoursPerWeek - 128)) - 1);
    }

    /// <summary>No hour at all.</summary>
    public static WeeklyHours None => default;

    /// <summary>Every hour of the week.</summary>
    public static WeeklyHours Always => new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    public bool IsEmpty => (_first | _second | _third) == 0;

    /// <summary>The hours from <paramref name="fromHour"/> up to, not including, <paramref name="toHour"/> on <paramref name="day"/>.</summary>
    public static WeeklyHours OnDay(DayOfWeek day, int fromHour, int toHour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toHour, 24);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromHour, toHour);
        var hours = None;
        for (var hour = fromHour; hour < toHour; hour++)
        {
            hours = hours.With((int)day * 24 + hour);
        }

        return hours;
    }

    /// <summary>The same hours on each of <paramref name="days"/>.</summary>
    public static WeeklyHours OnDays(IEnumerable<DayOfWeek> days, int fromHour, int toHour)
    {
        ArgumentNullException.ThrowIfNull(days);
        return days.Aggregate(None, (hours, day) => hours | OnDay(day, fromHour, toHour));
    }

    /// <summary>These hours plus the hour numbered <paramref name="hourOfWeek"/> (0 = Sunday 00:00–01:00, 167 = Saturday 23:00).</summary>
    public WeeklyHours With(int hourOfWeek)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hourOfWeek);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(hourOfWeek, HoursPerWeek);
        var bit = 1UL << (hourOfWeek & 63);
        return (hourOfWeek >> 6) switch
        {
            0 => new WeeklyHours(_first | bit, _second, _third),
            1 => new WeeklyHours(_first, _second | bit, _third),
            _ => new WeeklyHours(_first, _second, _third | bit),
        };
    }

    public bool Contains(int hourOfWeek) => Overlaps(None.With(hourOfWeek));

    /// <summary>True when both share at least one hour.</summary>
    public bool Overlaps(WeeklyHours other) =>
        ((_first & other._first) | (_second & other._second) | (_third & other._third)) != 0;

    public static WeeklyHours operator |(WeeklyHours left, WeeklyHours right) =>
        new(left._first | right._first, left._second | right._second, left._third | right._third);

    public WeeklyHours BitwiseOr(WeeklyHours other) => this | other;
}
