using Charity.Portal.Blazor.Components.Pages.Points;

namespace Charity.Portal.Blazor.Tests.Points;

public sealed class LeaderboardPeriodsTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Half past midnight on New Year's Day in China, still New Year's Eve in UTC.</summary>
    private static readonly DateTimeOffset NewYearInChina = new(2026, 12, 31, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public void SpanOf_ThisYear_JustAfterMidnightInChina_IsTheChineseNewYear()
    {
        var (from, until) = LeaderboardPeriods.SpanOf(LeaderboardPeriod.ThisYear, NewYearInChina);

        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, China), from);
        Assert.Equal(new DateTimeOffset(2028, 1, 1, 0, 0, 0, China), until);
    }

    [Fact]
    public void SpanOf_ThisMonth_IsTheCalendarMonthInChina()
    {
        var (from, until) = LeaderboardPeriods.SpanOf(LeaderboardPeriod.ThisMonth, NewYearInChina);

        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, China), from);
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 0, 0, 0, China), until);
    }

    [Fact]
    public void SpanOf_AllTime_StartsBeforeAnyPointsAndEndsWithThisYear()
    {
        var (from, until) = LeaderboardPeriods.SpanOf(LeaderboardPeriod.AllTime, NewYearInChina);

        Assert.Equal(DateTimeOffset.UnixEpoch, from);
        Assert.Equal(new DateTimeOffset(2028, 1, 1, 0, 0, 0, China), until);
    }
}
