using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests.Transactions;

/// <summary>Single transfers on each real database: what is written, and what is refused and why.</summary>
public abstract class TransferTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private LedgerHarness _ledger = null!;

    public async Task InitializeAsync() => _ledger = await LedgerHarness.OpenAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TransferAsync_BalancedPostings_MovesTheAmount()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        var volunteer = await _ledger.OpenAsync(AccountKind.Person);

        var result = await _ledger.MoveAsync(budget, volunteer, 30);

        Assert.Equal(TransferStatus.Applied, result.Status);
        Assert.Equal(70, await _ledger.BalanceAsync(budget));
        Assert.Equal(30, await _ledger.BalanceAsync(volunteer));
    }

    [Fact]
    public async Task GetManyAsync_AfterATransfer_ReturnsEachKnownAccountWithItsBalance()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        var volunteer = await _ledger.OpenAsync(AccountKind.Person);
        await _ledger.MoveAsync(budget, volunteer, 30);

        var accounts = await _ledger.Accounts.GetManyAsync([budget, volunteer, Guid.NewGuid()]);

        Assert.Equal(2, accounts.Count);
        Assert.Equal((70L, 30L), (accounts[budget].Balance, accounts[volunteer].Balance));
    }

    [Fact]
    public async Task TransferAsync_MoreThanThePersonHolds_IsRefusedNamingTheAccount()
    {
        var volunteer = await _ledger.OpenFundedAsync(AccountKind.Person, 10);
        var store = await _ledger.OpenAsync(AccountKind.Store);

        var result = await _ledger.MoveAsync(volunteer, store, 11);

        Assert.Equal(new TransferResult(TransferStatus.InsufficientFunds, AccountId: volunteer), result);
        Assert.Equal(10, await _ledger.BalanceAsync(volunteer));
    }

    [Theory]
    [InlineData(AccountKind.Budget)]
    [InlineData(AccountKind.Household)]
    [InlineData(AccountKind.Organisation)]
    [InlineData(AccountKind.Store)]
    [InlineData(AccountKind.ExpirySink)]
    public async Task TransferAsync_FromAnEmptyAccountOtherThanFunding_IsRefused(AccountKind kind)
    {
        var empty = await _ledger.OpenAsync(kind);
        var other = await _ledger.OpenAsync(AccountKind.Person);

        var result = await _ledger.MoveAsync(empty, other, 1);

        Assert.Equal(TransferStatus.InsufficientFunds, result.Status);
    }

    [Fact]
    public async Task TransferAsync_FromFunding_GoesBelowZero()
    {
        var funding = await _ledger.OpenAsync(AccountKind.Funding);
        var budget = await _ledger.OpenAsync(AccountKind.Budget);

        await _ledger.MoveAsync(funding, budget, 500);

        Assert.Equal(-500, await _ledger.BalanceAsync(funding));
    }

    [Fact]
    public async Task TransferAsync_SameKeyTwice_AppliesOnceAndReturnsTheFirstTransaction()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        var volunteer = await _ledger.OpenAsync(AccountKind.Person);
        var key = LedgerHarness.NewKey();

        var first = await _ledger.MoveAsync(budget, volunteer, 40, key);
        var retry = await _ledger.MoveAsync(budget, volunteer, 40, key);

        Assert.Equal(TransferStatus.AlreadyApplied, retry.Status);
        Assert.Equal(first.Transaction!.Id, retry.Transaction!.Id);
        Assert.Equal(40, await _ledger.BalanceAsync(volunteer));
    }

    [Fact]
    public async Task TransferAsync_PostingsInDifferentUnits_IsRefusedAsUnbalanced()
    {
        var points = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        var money = await _ledger.OpenAsync(AccountKind.Budget, LedgerUnits.Cny);

        var result = await _ledger.MoveAsync(points, money, 10);

        Assert.Equal(TransferStatus.Unbalanced, result.Status);
    }

    [Fact]
    public async Task TransferAsync_UnknownAccount_IsRefusedNamingIt()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        var nowhere = Guid.NewGuid();

        var result = await _ledger.MoveAsync(budget, nowhere, 10);

        Assert.Equal(new TransferResult(TransferStatus.UnknownAccount, AccountId: nowhere), result);
    }

    [Fact]
    public async Task TransferAsync_CreditToPerson_CarriesTheEarnedAtTimeAndTheDebitDoesNot()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        var volunteer = await _ledger.OpenAsync(AccountKind.Person);
        var earned = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

        var result = await _ledger.Ledger.TransferAsync(new TransferRequest(
            LedgerHarness.NewKey(), LedgerHarness.Reference("visit-confirmed"), "2 hours", [new(budget, -20), new(volunteer, 20, earned)]));

        var postings = result.Transaction!.Postings.ToDictionary(p => p.AccountId);
        Assert.Equal(earned, postings[volunteer].EarnedAt);
        Assert.Null(postings[budget].EarnedAt);
    }

    [Fact]
    public async Task GetStatementAsync_AfterTwoTransfers_ListsNewestFirstWithRunningBalance()
    {
        var budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 100);
        var volunteer = await _ledger.OpenAsync(AccountKind.Person);
        await _ledger.MoveAsync(budget, volunteer, 30);
        await _ledger.MoveAsync(budget, volunteer, 5);

        var statement = await _ledger.Accounts.GetStatementAsync(volunteer, skip: 0, take: 10);

        Assert.Equal([(2L, 5L, 35L), (1L, 30L, 30L)], statement.Select(e => (e.Sequence, e.Amount, e.BalanceAfter)));
    }

    [Fact]
    public async Task OpenAsync_SameOwnerKindAndUnitTwice_ReturnsTheSameAccount()
    {
        var owner = $"volunteer:{Guid.NewGuid()}";

        var first = await _ledger.Accounts.OpenAsync(owner, AccountKind.Person, LedgerUnits.Shell);
        var second = await _ledger.Accounts.OpenAsync(owner, AccountKind.Person, LedgerUnits.Shell);

        Assert.Equal(first.Id, second.Id);
    }
}

public sealed class SqliteTransferTests(SqliteTestDatabase database)
    : TransferTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresTransferTests(PostgresTestDatabase database)
    : TransferTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
