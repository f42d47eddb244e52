using Charity.Portal.Blazor.Points;
using Charity.TestSupport.Time;

namespace Charity.Portal.Blazor.Tests.Points;

public sealed class StatementMonthTests
{
    // 2026-11-30 17:00 UTC is already 1 December in China.
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero));

    [Fact]
    public void FromQuery_WithAMonth_ReadsIt()
    {
        Assert.Equal(new StatementMonth(2026, 11), StatementMonth.FromQuery("2026-11", _clock));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("November")]
    public void FromQuery_WithoutAValidMonth_IsTheCurrentMonthInChina(string? text)
    {
        Assert.Equal(new StatementMonth(2026, 12), StatementMonth.FromQuery(text, _clock));
    }

    [Fact]
    public void PreviousAndNext_CrossTheYear()
    {
        Assert.Equal("2025-12", new StatementMonth(2026, 1).Previous.ToString());
        Assert.Equal("2027-01", new StatementMonth(2026, 12).Next.ToString());
    }
}
