namespace Charity.Points.Reports;

/// <summary>An account's balance at the end of one day.</summary>
/// <param name="Date">The day, in the time zone asked for.</param>
/// <param name="ClosingBalance">The balance after the day's last posting.</param>
public sealed record DailyBalance(DateOnly Date, long ClosingBalance);
