using Charity.Matching.Model;

namespace Charity.Matching.Tests.Model;

public sealed class WeeklyHoursTests
{
    [Fact]
    public void Overlaps_SharedHour_IsTrue() =>
        Assert.True(WeeklyHours.OnDay(DayOfWeek.Friday, 9, 12).Overlaps(WeeklyHours.OnDay(DayOfWeek.Friday, 11, 14)));

    [Fact]
    public void Overlaps_AdjacentHours_IsFalse() =>
        Assert.False(WeeklyHours.OnDay(DayOfWeek.Friday, 9, 12).Overlaps(WeeklyHours.OnDay(DayOfWeek.Friday, 12, 14)));

    [Fact]
    public void Overlaps_SameHoursOnAnotherDay_IsFalse() =>
        Assert.False(WeeklyHours.OnDay(DayOfWeek.Friday, 9, 12).Overlaps(WeeklyHours.OnDay(DayOfWeek.Saturday, 9, 12)));

    [Fact]
    public void Overlaps_LastHourOfTheWeek_IsFoundByAlways() =>
        Assert.True(WeeklyHours.Always.Overlaps(WeeklyHours.OnDay(DayOfWeek.Saturday, 23, 24)));

    [Fact]
    public void Always_Contains168HoursAndNoMore() =>
        Assert.Equal(168, Enumerable.Range(0, 168).Count(WeeklyHours.Always.Contains));
}
