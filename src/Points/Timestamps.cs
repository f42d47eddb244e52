namespace Charity.Points;

internal static class Timestamps
{
    /// <summary>
    /// PostgreSQL keeps microseconds; a time is cut to that before it is stored and hashed, so the hash that
    /// verification recomputes from the stored value is the one that was written.
    /// </summary>
    public static DateTimeOffset TruncatedToMicroseconds(this DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
