using Charity.Points.Accounts;
using Charity.Points.Expiry;
using Charity.Points.Reports;
using Charity.Points.Store;
using Charity.Points.Transactions;
using Charity.Points.Verification;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests;

/// <summary>The ledger's services on one test database, with shortcuts to open and fund accounts.</summary>
internal sealed class LedgerHarness
{
    private LedgerHarness(ITestDatabase database, TimeProvider clock)
    {
        var contexts = database.PointsContextFactory();
        Database = database;
        Ledger = new Ledger(contexts, clock);
        Accounts = new LedgerAccounts(contexts, clock);
        Verifier = new LedgerVerifier(contexts);
        Reports = new LedgerReports(contexts, clock);
        Expiry = new PointsExpiry(contexts, Accounts, clock);
        Catalog = new StoreCatalog(contexts, clock);
        Orders = new StoreOrders(contexts, Accounts, clock);
        OrderQueries = new StoreOrderQueries(contexts);
    }

    public ITestDatabase Database { get; }

    public Ledger Ledger { get; }

    public LedgerAccounts Accounts { get; }

    public LedgerVerifier Verifier { get; }

    public LedgerReports Reports { get; }

    public PointsExpiry Expiry { get; }

    public StoreCatalog Catalog { get; }

    public StoreOrders Orders { get; }

    public StoreOrderQueries OrderQueries { get; }

    public static async Task<LedgerHarness> OpenAsync(ITestDatabase database, TimeProvider? clock = null)
    {
        await database.MigratePointsAsync();
        return new LedgerHarness(database, clock ?? TimeProvider.System);
    }

    public static BusinessReference Reference(string kind = "test") => new(kind, Guid.NewGuid().ToString("N"));

    public static string NewKey() => $"key-{Guid.NewGuid():N}";

    /// <summary>Opens an account with a fresh owner, so tests sharing a database never share accounts.</summary>
    public async Task<Guid> OpenAsync(AccountKind kind, string unit = LedgerUnits.Shell) =>
        (await Accounts.OpenAsync($"{kind.ToString().ToUpperInvariant()}:{Guid.NewGuid():N}", kind, unit)).Id;

    /// <summary>Opens an account and gives it <paramref name="balance"/> from a fresh funding account.</summary>
    public async Task<Guid> OpenFundedAsync(AccountKind kind, long balance, string unit = LedgerUnits.Shell)
    {
        var account = await OpenAsync(kind, unit);
        var funding = await OpenAsync(AccountKind.Funding, unit);
        var result = await Ledger.TransferAsync(TransferRequest.Move(NewKey(), Reference("funding"), "funded", funding, account, balance));
        Assert.Equal(TransferStatus.Applied, result.Status);
        return account;
    }

    /// <summary>Credits <paramref name="amount"/> from a budget as earned at <paramref name="earnedAt"/>.</summary>
    public async Task EarnAsync(Guid budget, Guid earner, long amount, DateTimeOffset earnedAt)
    {
        var request = new TransferRequest(NewKey(), Reference("earned"), "earned", [new PostingRequest(budget, -amount), new PostingRequest(earner, amount, earnedAt)]);
        Assert.Equal(TransferStatus.Applied, (await Ledger.TransferAsync(request)).Status);
    }

    /// <summary>Stocks an item of a fresh sponsor, collected at <paramref name="pickUpLocation"/> (a fresh station when null).</summary>
    public async Task<StoreItemView> StockAsync(long price, int stock, string? pickUpLocation = null)
    {
        var details = new StoreItemDetails("Rice, 5 kg", "A bag of rice", StoreItemKind.Goods, price, pickUpLocation ?? $"station:{Guid.NewGuid():N}");
        var result = await Catalog.StockAsync($"organisation:{Guid.NewGuid():N}", details, stock);
        Assert.Equal(StoreItemOutcome.Saved, result.Outcome);
        return result.Item!;
    }

    public Task<StoreOrderResult> OrderAsync(Guid item, Guid buyer, int quantity = 1, string? key = null) =>
        Orders.PlaceAsync(new PlaceOrderRequest(key ?? NewKey(), item, buyer, quantity));

    public async Task<int> StockOfAsync(Guid item) => (await Catalog.GetAsync(item))!.Stock;

    public Task<TransferResult> MoveAsync(Guid from, Guid to, long amount, string? key = null) =>
        Ledger.TransferAsync(TransferRequest.Move(key ?? NewKey(), Reference(), "moved", from, to, amount));

    public async Task<long> BalanceAsync(Guid account) => (await Accounts.GetAsync(account))!.Balance;
}
