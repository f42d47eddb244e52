namespace Charity.Points;

/// <summary>
/// Table names, identical on every provider (SQLite has no schemas), so the few hand-written statements of
/// the ledger are the same everywhere and the ledger's tables sort together next to the marketplace's.
/// </summary>
internal static class PointsTables
{
    public const string Accounts = "PointsAccounts";
    public const string Transactions = "PointsTransactions";
    public const string Postings = "PointsPostings";
    public const string StoreItems = "PointsStoreItems";
    public const string StoreOrders = "PointsStoreOrders";
}
