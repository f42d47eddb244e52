using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.Points.Verification;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests;

/// <summary>The ledger's services on one test database, with shortcuts to open and fund accounts.</summary>
internal sealed class LedgerHarness
{
    private LedgerHarness(ITestDatabase database)
    {
        var contexts = database.PointsContextFactory();
        Database = database;
        Ledger = new Ledger(contexts, TimeProvider.System);
        Accounts = new LedgerAccounts(contexts, TimeProvider.System);
        Verifier = new LedgerVerifier(contexts);
    }

    public ITestDatabase Database { get; }

    public Ledger Ledger { get; }

    public LedgerAccounts Accounts { get; }

    public LedgerVerifier Verifier { get; }

    public static async Task<LedgerHarness> OpenAsync(ITestDatabase database)
    {
        await database.MigratePointsAsync();
        return new LedgerHarness(database);
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

    public Task<TransferResult> MoveAsync(Guid from, Guid to, long amount, string? key = null) =>
        Ledger.TransferAsync(TransferRequest.Move(key ?? NewKey(), Reference(), "moved", from, to, amount));

    public async Task<long> BalanceAsync(Guid account) => (await Accounts.GetAsync(account))!.Balance;
}
