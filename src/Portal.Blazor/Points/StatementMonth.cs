using System.Globalization;
using Charity.Marketplace;

namespace Charity.Portal.Blazor.Points;

/// <summary>A calendar month of a statement, written <c>yyyy-MM</c> in links such as <c>/points/statement?month=2026-11</c>.</summary>
internal readonly record struct StatementMonth(int Year, int Month)
{
    private const string Format = "yyyy-MM";

    public DateOnly FirstDay => new(Year, Month, 1);

    public StatementMonth Previous => Of(FirstDay.AddMonths(-1));

    public StatementMonth Next => Of(FirstDay.AddMonths(1));

    /// <summary>The month a link names, or the current month when it names none or is malformed.</summary>
    public static StatementMonth FromQuery(string? text, TimeProvider clock) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Of(day) : Current(clock);

    /// <summary>The month it is now in China.</summary>
    public static StatementMonth Current(TimeProvider clock) => Of(ChinaCalendar.Today(clock));

    public static StatementMonth Of(DateOnly day) => new(day.Year, day.Month);

    public override string ToString() => FirstDay.ToString(Format, CultureInfo.InvariantCulture);
}
