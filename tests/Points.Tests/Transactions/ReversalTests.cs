using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests.Transactions;

/// <summary>Reversals on each real database: a new transaction with negated postings, at most once.</summary>
public abstract class ReversalTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private LedgerHarness _ledger = null!;
    private Guid _budget;
    private Guid _volunteer;

    public async Task InitializeAsync()
    {
        _ledger = await LedgerHarness.OpenAsync(database);
        _budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        _volunteer = await _ledger.OpenAsync(AccountKind.Person);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<TransferResult> ReverseAsync(Guid transactionId, string? key = null) =>
        _ledger.Ledger.ReverseAsync(new ReversalRequest(transactionId, key ?? LedgerHarness.NewKey(), LedgerHarness.Reference("visit-revoked"), "revoked"));

    [Fact]
    public async Task ReverseAsync_Transfer_WritesNegatedPostingsReferringToTheOriginal()
    {
        var original = (await _ledger.MoveAsync(_budget, _volunteer, 30)).Transaction!;

        var reversal = await ReverseAsync(original.Id);

        Assert.Equal(TransferStatus.Applied, reversal.Status);
        Assert.Equal(original.Id, reversal.Transaction!.ReversesTransactionId);
        Assert.Equal(original.Postings.Select(p => (p.AccountId, -p.Amount)), reversal.Transaction.Postings.Select(p => (p.AccountId, p.Amount)));
        Assert.Equal((100L, 0L), (await _ledger.BalanceAsync(_budget), await _ledger.BalanceAsync(_volunteer)));
    }

    [Fact]
    public async Task ReverseAsync_AlreadyReversedWithAnotherKey_IsRefused()
    {
        var original = (await _ledger.MoveAsync(_budget, _volunteer, 30)).Transaction!;
        await ReverseAsync(original.Id);

        var second = await ReverseAsync(original.Id);

        Assert.Equal(TransferStatus.AlreadyReversed, second.Status);
        Assert.Equal(0, await _ledger.BalanceAsync(_volunteer));
    }

    [Fact]
    public async Task ReverseAsync_RetryWithTheSameKey_ReturnsTheFirstReversal()
    {
        var original = (await _ledger.MoveAsync(_budget, _volunteer, 30)).Transaction!;
        var key = LedgerHarness.NewKey();
        var first = await ReverseAsync(original.Id, key);

        var retry = await ReverseAsync(original.Id, key);

        Assert.Equal((TransferStatus.AlreadyApplied, first.Transaction!.Id), (retry.Status, retry.Transaction!.Id));
    }

    [Fact]
    public async Task ReverseAsync_AReversal_IsNotReversible()
    {
        var original = (await _ledger.MoveAsync(_budget, _volunteer, 30)).Transaction!;
        var reversal = (await ReverseAsync(original.Id)).Transaction!;

        var result = await ReverseAsync(reversal.Id);

        Assert.Equal(TransferStatus.NotReversible, result.Status);
    }

    [Fact]
    public async Task ReverseAsync_PointsSpentSince_IsRefusedAsInsufficientFunds()
    {
        var earning = (await _ledger.MoveAsync(_budget, _volunteer, 30)).Transaction!;
        await _ledger.MoveAsync(_volunteer, await _ledger.OpenAsync(AccountKind.Store), 25);

        var result = await ReverseAsync(earning.Id);

        Assert.Equal(new TransferResult(TransferStatus.InsufficientFunds, AccountId: _volunteer), result);
    }

    [Fact]
    public async Task ReverseAsync_UnknownTransaction_IsRefused() =>
        Assert.Equal(TransferStatus.UnknownTransaction, (await ReverseAsync(Guid.NewGuid())).Status);
}

public sealed class SqliteReversalTests(SqliteTestDatabase database)
    : ReversalTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresReversalTests(PostgresTestDatabase database)
    : ReversalTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
