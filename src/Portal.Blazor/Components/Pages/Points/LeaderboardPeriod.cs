using Charity.Marketplace;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>The spans of time the organisation leaderboard can rank.</summary>
public enum LeaderboardPeriod
{
    ThisMonth,
    ThisYear,
    AllTime,
}

/// <summary>Where each leaderboard period starts and ends, counted in China time.</summary>
internal static class LeaderboardPeriods
{
    /// <summary>The half-open span [From, Until) of <paramref name="period"/> as it stands at <paramref name="now"/>.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until) SpanOf(LeaderboardPeriod period, DateTimeOffset now)
    {
        var today = ChinaCalendar.DateOf(now);
        var month = new DateOnly(today.Year, today.Month, 1);
        var year = new DateOnly(today.Year, 1, 1);
        return period switch
        {
            LeaderboardPeriod.ThisMonth => (StartOf(month), StartOf(month.AddMonths(1))),
            LeaderboardPeriod.ThisYear => (StartOf(year), StartOf(year.AddYears(1))),
            _ => (DateTimeOffset.UnixEpoch, StartOf(year.AddYears(1))),
        };
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaCalendar.Offset);
}
