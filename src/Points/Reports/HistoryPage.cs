using Charity.Points.Accounts;

namespace Charity.Points.Reports;

/// <summary>One page of an account's history and how many entries match the filter in all.</summary>
/// <param name="Entries">The page, newest first.</param>
/// <param name="TotalCount">Entries matching the filter on every page.</param>
public sealed record HistoryPage(IReadOnlyList<AccountEntry> Entries, int TotalCount);
