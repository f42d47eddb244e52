using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests.Transactions;

/// <summary>Many writers at once on each real database: no overdraft, no double payment.</summary>
public abstract class ConcurrencyTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private const int Writers = 32;
    private LedgerHarness _ledger = null!;

    public async Task InitializeAsync() => _ledger = await LedgerHarness.OpenAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TransferAsync_32WritersSpendingFromOneAccount_ExactlyWhatItHoldsSucceeds()
    {
        const long balance = 100, amount = 7;
        var volunteer = await _ledger.OpenFundedAsync(AccountKind.Person, balance);
        var stores = new List<Guid>();
        for (var i = 0; i < Writers; i++)
        {
            stores.Add(await _ledger.OpenAsync(AccountKind.Store));
        }

        var results = await Task.WhenAll(stores.Select(store => Task.Run(() => _ledger.MoveAsync(volunteer, store, amount))));

        Assert.Equal(balance / amount, results.Count(r => r.Status == TransferStatus.Applied));
        Assert.All(results.Where(r => r.Status != TransferStatus.Applied), r => Assert.Equal(TransferStatus.InsufficientFunds, r.Status));
        Assert.Equal(balance % amount, await _ledger.BalanceAsync(volunteer));
    }

    [Fact]
    public async Task TransferAsync_32ConcurrentRetriesOfOneKey_PayOnce()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 1_000);
        var volunteer = await _ledger.OpenAsync(AccountKind.Person);
        var key = LedgerHarness.NewKey();

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() => _ledger.MoveAsync(budget, volunteer, 10, key))));

        Assert.Single(results, r => r.Status == TransferStatus.Applied);
        Assert.Single(results.Select(r => r.Transaction!.Id).Distinct());
        Assert.Equal(10, await _ledger.BalanceAsync(volunteer));
    }

    [Fact]
    public async Task ReverseAsync_32ConcurrentReversalsWithDistinctKeys_ReverseOnce()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 1_000);
        var volunteer = await _ledger.OpenAsync(AccountKind.Person);
        var original = (await _ledger.MoveAsync(budget, volunteer, 10)).Transaction!;

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() => _ledger.Ledger.ReverseAsync(
            new ReversalRequest(original.Id, LedgerHarness.NewKey(), LedgerHarness.Reference("refund"), "refund")))));

        Assert.Single(results, r => r.Status == TransferStatus.Applied);
        Assert.Equal(0, await _ledger.BalanceAsync(volunteer));
    }
}

public sealed class SqliteConcurrencyTests(SqliteTestDatabase database)
    : ConcurrencyTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresConcurrencyTests(PostgresTestDatabase database)
    : ConcurrencyTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
