namespace Charity.Points.Tests;

/// <summary>A clock that reads whatever instant the test last set.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
