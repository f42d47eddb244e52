namespace Charity.Points.Expiry;

/// <summary>Points of an account that expire within one calendar month, as the "expiring soon" view lists them.</summary>
/// <param name="Year">The year of the month, in the time zone asked for.</param>
/// <param name="Month">The month, 1–12, in the time zone asked for.</param>
/// <param name="Points">The points that expire in that month unless spent first.</param>
/// <param name="FirstExpiresAt">When the earliest of them expires (already passed for points the next run expires).</param>
public sealed record ExpiringMonth(int Year, int Month, long Points, DateTimeOffset FirstExpiresAt);
