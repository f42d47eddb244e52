using Charity.Points.Accounts;

namespace Charity.Points.Reports;

/// <summary>An account's statement of one calendar month.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1–12.</param>
/// <param name="OpeningBalance">The balance when the month began.</param>
/// <param name="Credits">The sum of the month's credits.</param>
/// <param name="Debits">The sum of the month's debits, as a positive number.</param>
/// <param name="ClosingBalance">The balance when the month ended: opening + credits − debits.</param>
/// <param name="Entries">The month's entries, oldest first.</param>
public sealed record MonthlyStatement(
    int Year, int Month, long OpeningBalance, long Credits, long Debits, long ClosingBalance, IReadOnlyList<AccountEntry> Entries);
