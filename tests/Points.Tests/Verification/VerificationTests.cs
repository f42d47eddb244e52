using Charity.Points.Accounts;
using Charity.Points.Verification;
using Charity.TestSupport.Databases;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Tests.Verification;

/// <summary>
/// Verification on each real database after rows were changed behind the ledger's back with SQL. Every test
/// tampers with its own accounts and looks for findings naming them; the database is never intact again.
/// </summary>
public abstract class VerificationTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private LedgerHarness _ledger = null!;
    private Guid _budget;
    private Guid _volunteer;
    private Guid _transaction;

    public async Task InitializeAsync()
    {
        _ledger = await LedgerHarness.OpenAsync(database);
        _budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        _volunteer = await _ledger.OpenAsync(AccountKind.Person);
        _transaction = (await _ledger.MoveAsync(_budget, _volunteer, 30)).Transaction!.Id;
        await _ledger.MoveAsync(_budget, _volunteer, 5);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task TamperAsync(Func<PointsDbContext, Task> change)
    {
        await using var db = new PointsDbContext(database.PointsOptions());
        await change(db);
    }

    [Fact]
    public async Task VerifyAsync_PostingAmountChangedInTheDatabase_NamesTheTransactionPostingAndAccount()
    {
        await TamperAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"PointsPostings\" SET \"Amount\" = 31 WHERE \"AccountId\" = {_volunteer} AND \"AccountSequence\" = 1"));

        var report = await _ledger.Verifier.VerifyAsync();

        Assert.False(report.IsIntact);
        Assert.Contains(new VerificationFinding(VerificationProblem.Unbalanced, _transaction, null, null), report.Findings);
        Assert.Contains(new VerificationFinding(VerificationProblem.TransactionHashMismatch, _transaction, null, null), report.Findings);
        Assert.Contains(new VerificationFinding(VerificationProblem.BrokenChain, _transaction, _volunteer, 1), report.Findings);
        Assert.Contains(new VerificationFinding(VerificationProblem.CachedBalanceMismatch, null, _volunteer, null), report.Findings);
    }

    [Fact]
    public async Task VerifyAsync_DescriptionChangedInTheDatabase_ReportsTheTransactionsHashMismatch()
    {
        await TamperAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"PointsTransactions\" SET \"Description\" = 'changed' WHERE \"Id\" = {_transaction}"));

        var report = await _ledger.Verifier.VerifyAsync();

        Assert.Contains(new VerificationFinding(VerificationProblem.TransactionHashMismatch, _transaction, null, null), report.Findings);
    }

    [Fact]
    public async Task VerifyAsync_PostingDeletedWithItsPartner_ReportsTheGapInTheChain()
    {
        await TamperAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"PointsPostings\" WHERE \"TransactionId\" = {_transaction}");
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"PointsTransactions\" WHERE \"Id\" = {_transaction}");
        });

        var report = await _ledger.Verifier.VerifyAsync();

        Assert.Contains(report.Findings, f => f is { Problem: VerificationProblem.SequenceGap, AccountSequence: 2 } && f.AccountId == _volunteer);
    }

    [Fact]
    public async Task VerifyAsync_CachedBalanceChangedInTheDatabase_ReportsTheAccount()
    {
        await TamperAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"PointsAccounts\" SET \"Balance\" = 1000 WHERE \"Id\" = {_volunteer}"));

        var report = await _ledger.Verifier.VerifyAsync();

        Assert.Contains(new VerificationFinding(VerificationProblem.CachedBalanceMismatch, null, _volunteer, null), report.Findings);
    }
}

public sealed class SqliteVerificationTests(SqliteTestDatabase database)
    : VerificationTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresVerificationTests(PostgresTestDatabase database)
    : VerificationTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
