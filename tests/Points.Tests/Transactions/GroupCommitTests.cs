using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests.Transactions;

/// <summary>
/// Transfers of concurrent callers share database transactions; each caller must still get the outcome its transfer
/// would have had alone: fresh ones applied while funds last, retries reported with their first transaction.
/// </summary>
public abstract class GroupCommitTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private LedgerHarness _ledger = null!;

    public async Task InitializeAsync() => _ledger = await LedgerHarness.OpenAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TransferAsync_RetriesAmongFreshTransfersThatEmptyTheBudget_AreReportedAppliedNotRefused()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        var earner = await _ledger.OpenAsync(AccountKind.Person);
        var earlier = (await _ledger.MoveAsync(budget, earner, 50)).Transaction!;
        var people = await OpenPeopleAsync(20);

        var fresh = people.Select(person => Task.Run(() => _ledger.MoveAsync(budget, person, 5))).ToList();
        var retries = Enumerable.Range(0, 5).Select(_ => Task.Run(() => _ledger.MoveAsync(budget, earner, 50, earlier.IdempotencyKey))).ToList();
        var freshResults = await Task.WhenAll(fresh);
        var retryResults = await Task.WhenAll(retries);

        Assert.Equal(10, freshResults.Count(r => r.Status == TransferStatus.Applied));
        Assert.Equal(10, freshResults.Count(r => r.Status == TransferStatus.InsufficientFunds));
        Assert.All(retryResults, r => Assert.Equal((TransferStatus.AlreadyApplied, earlier.Id), (r.Status, r.Transaction!.Id)));
        Assert.Equal(0, await _ledger.BalanceAsync(budget));
        Assert.True((await _ledger.Verifier.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task TransferAsync_ARetryThatWouldPassAmongFreshTransfers_IsReportedOnceAndTheOthersAreApplied()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 1_000);
        var earner = await _ledger.OpenAsync(AccountKind.Person);
        var earlier = (await _ledger.MoveAsync(budget, earner, 10)).Transaction!;
        var people = await OpenPeopleAsync(15);

        // The retry would pass every check: only the unique key stops it, and the batch it lands in falls back.
        var results = await Task.WhenAll(people.Select(person => Task.Run(() => _ledger.MoveAsync(budget, person, 10)))
            .Append(Task.Run(() => _ledger.MoveAsync(budget, earner, 10, earlier.IdempotencyKey))));

        Assert.Equal(15, results.Count(r => r.Status == TransferStatus.Applied));
        Assert.Equal(earlier.Id, Assert.Single(results, r => r.Status == TransferStatus.AlreadyApplied).Transaction!.Id);
        Assert.Equal(16, results.Select(r => r.Transaction!.Sequence).Distinct().Count());
        Assert.Equal(1_000 - 160, await _ledger.BalanceAsync(budget));
        Assert.Equal(10, await _ledger.BalanceAsync(earner));
        Assert.True((await _ledger.Verifier.VerifyAsync()).IsIntact);
    }

    /// <summary>A batch holds 62 two-posting transfers; the one that does not fit must open the next batch, not be lost.</summary>
    [Fact(Timeout = 120_000)]
    public async Task TransferAsync_MoreTransfersThanOneBatchHolds_AreAllApplied()
    {
        const int Transfers = 200;
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, Transfers);
        var people = await OpenPeopleAsync(Transfers);

        var results = await Task.WhenAll(people.Select(person => _ledger.MoveAsync(budget, person, 1)));

        Assert.All(results, r => Assert.Equal(TransferStatus.Applied, r.Status));
        Assert.Equal(Transfers, results.Select(r => r.Transaction!.Sequence).Distinct().Count());
        Assert.Equal(0, await _ledger.BalanceAsync(budget));
        Assert.True((await _ledger.Verifier.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task TransferAsync_CancelledBeforeItIsWritten_WritesNothing()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        var person = await _ledger.OpenAsync(AccountKind.Person);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _ledger.Ledger.TransferAsync(TransferRequest.Move(LedgerHarness.NewKey(), LedgerHarness.Reference(), "moved", budget, person, 10), cancelled.Token));

        Assert.Equal(0, await _ledger.BalanceAsync(person));
    }

    private async Task<List<Guid>> OpenPeopleAsync(int count)
    {
        var people = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            people.Add(await _ledger.OpenAsync(AccountKind.Person));
        }

        return people;
    }
}

public sealed class SqliteGroupCommitTests(SqliteTestDatabase database)
    : GroupCommitTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresGroupCommitTests(PostgresTestDatabase database)
    : GroupCommitTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
