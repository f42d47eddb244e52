using Charity.Points.Accounts;
using Charity.Points.Expiry;
using Charity.Points.Reports;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests.Expiry;

/// <summary>
/// Expiry on each real database: what a person earned more than the lifetime ago and has not spent moves to
/// the expiry account, oldest points first, once a day, never more than is left.
/// </summary>
public abstract class ExpiryTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private const int Lifetime = 24;
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private LedgerHarness _ledger = null!;
    private Guid _budget;
    private Guid _volunteer;
    private Guid _store;

    public async Task InitializeAsync()
    {
        _ledger = await LedgerHarness.OpenAsync(database);
        _budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 10_000);
        _volunteer = await _ledger.OpenAsync(AccountKind.Person);
        _store = await _ledger.OpenAsync(AccountKind.Store);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task EarnAsync(long amount, DateTimeOffset earnedAt) => _ledger.EarnAsync(_budget, _volunteer, amount, earnedAt);

    private async Task<long> ExpiredFromAsync(Guid account) =>
        -(await _ledger.Reports.GetTotalsByReferenceKindAsync(account, new HistoryFilter(ReferenceKind: PointsExpiry.ReferenceKind)))
            .Sum(total => total.Credits - total.Debits);

    [Fact]
    public async Task ExpiringAsync_PartlySpent_CountsTheOldestPointsAsSpentFirst()
    {
        await EarnAsync(30, Now.AddMonths(-30));
        await EarnAsync(50, Now.AddMonths(-25));
        await EarnAsync(40, Now.AddMonths(-10));
        await _ledger.MoveAsync(_volunteer, _store, 45);

        Assert.Equal(0, await _ledger.Expiry.ExpiringAsync(_volunteer, Now.AddMonths(-27)));
        Assert.Equal(35, await _ledger.Expiry.ExpiringAsync(_volunteer, Now.AddMonths(-Lifetime)));
        Assert.Equal(75, await _ledger.Expiry.ExpiringAsync(_volunteer, Now));
    }

    [Fact]
    public async Task ExpireDueAsync_PartlySpent_MovesWhatIsLeftOfTheOldLotsToTheExpiryAccount()
    {
        await EarnAsync(30, Now.AddMonths(-30));
        await EarnAsync(50, Now.AddMonths(-25));
        await EarnAsync(40, Now.AddMonths(-10));
        await _ledger.MoveAsync(_volunteer, _store, 45);

        var run = await _ledger.Expiry.ExpireDueAsync(Now, Lifetime);

        Assert.True(run.PointsExpired >= 35);
        Assert.Equal((40L, 35L), (await _ledger.BalanceAsync(_volunteer), await ExpiredFromAsync(_volunteer)));
        var sink = await _ledger.Accounts.FindAsync(PointsExpiry.SinkOwner, AccountKind.ExpirySink, LedgerUnits.Shell);
        Assert.NotNull(sink);
    }

    [Fact]
    public async Task ExpireDueAsync_TwiceOnTheSameDay_ExpiresOnce()
    {
        await EarnAsync(20, Now.AddMonths(-26));
        await _ledger.Expiry.ExpireDueAsync(Now, Lifetime);
        await EarnAsync(5, Now.AddMonths(-26));

        var second = await _ledger.Expiry.ExpireDueAsync(Now, Lifetime);

        Assert.Equal((0, 0L), (second.AccountsExpired, second.PointsExpired));
        Assert.Equal((5L, 20L), (await _ledger.BalanceAsync(_volunteer), await ExpiredFromAsync(_volunteer)));
    }

    [Fact]
    public async Task ExpireDueAsync_SpendAtTheSameMoment_NeverExpiresMoreThanIsLeft()
    {
        for (var round = 0; round < 6; round++)
        {
            var volunteer = await _ledger.OpenAsync(AccountKind.Person);
            await _ledger.EarnAsync(_budget, volunteer, 100, Now.AddMonths(-30));
            var spend = Task.Run(() => _ledger.MoveAsync(volunteer, _store, 60));
            var expiry = Task.Run(() => _ledger.Expiry.ExpireDueAsync(Now.AddDays(round), Lifetime));
            await Task.WhenAll(spend, expiry);

            var spent = (await spend).Succeeded ? 60 : 0;
            Assert.Equal((0L, 100L - spent), (await _ledger.BalanceAsync(volunteer), await ExpiredFromAsync(volunteer)));
        }
    }

    [Fact]
    public async Task ExpiringSoonAsync_LotsInTheWindow_AreListedByMonthAfterSpendsTakeTheOldest()
    {
        await EarnAsync(10, Now.AddDays(5).AddMonths(-Lifetime));
        await EarnAsync(20, Now.AddDays(40).AddMonths(-Lifetime));
        await EarnAsync(7, Now.AddDays(100).AddMonths(-Lifetime));
        var china = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        var before = await _ledger.Expiry.ExpiringSoonAsync(_volunteer, Lifetime, days: 60, china);
        await _ledger.MoveAsync(_volunteer, _store, 15);
        var after = await _ledger.Expiry.ExpiringSoonAsync(_volunteer, Lifetime, days: 60, china);

        Assert.Equal(30, before.Sum(m => m.Points));
        Assert.Equal(15, after.Sum(m => m.Points));
        Assert.True(after[0].FirstExpiresAt > Now.AddDays(30), "The lot expiring in 5 days was spent first.");
    }
}

public sealed class SqliteExpiryTests(SqliteTestDatabase database)
    : ExpiryTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresExpiryTests(PostgresTestDatabase database)
    : ExpiryTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
