namespace Charity.Points.Reports;

/// <summary>Narrows an account's history; every part left null or <see cref="EntryDirection.All"/> lets everything through.</summary>
/// <param name="From">Transactions written at or after this time.</param>
/// <param name="Until">Transactions written before this time.</param>
/// <param name="Direction">Credits, debits or both.</param>
/// <param name="ReferenceKind">Only transactions caused by this kind of business event, such as <c>store-order</c>.</param>
public sealed record HistoryFilter(
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    EntryDirection Direction = EntryDirection.All,
    string? ReferenceKind = null);
