using Charity.Points.Accounts;
using Charity.Points.Reports;
using Charity.Points.Transactions;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests.Reports;

/// <summary>
/// Statements and reports on each real database, with transactions written at chosen times. China time is
/// eight hours ahead of UTC, so 20:00 UTC on 31 January is already February there.
/// </summary>
public abstract class LedgerReportTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 1, 10, 2, 0, 0, TimeSpan.Zero));
    private LedgerHarness _ledger = null!;
    private Guid _budget;
    private Guid _volunteer;
    private Guid _store;

    public async Task InitializeAsync()
    {
        _ledger = await LedgerHarness.OpenAsync(database, _clock);
        _budget = await _ledger.OpenFundedAsync(AccountKind.Budget, 10_000);
        _volunteer = await _ledger.OpenAsync(AccountKind.Person);
        _store = await _ledger.OpenAsync(AccountKind.Store);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task AtAsync(DateTimeOffset time, Func<Task> write)
    {
        _clock.Now = time;
        await write();
    }

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>January (China time): earn 100, spend 30. February: earn 50 at 04:00 on 1 February China time, spend 20.</summary>
    private async Task WriteJanuaryAndFebruaryAsync()
    {
        await AtAsync(Utc(1, 10, 2), () => _ledger.MoveAsync(_budget, _volunteer, 100));
        await AtAsync(Utc(1, 20, 2), () => _ledger.MoveAsync(_volunteer, _store, 30));
        await AtAsync(Utc(1, 31, 20), () => _ledger.Ledger.TransferAsync(
            TransferRequest.Move(LedgerHarness.NewKey(), LedgerHarness.Reference("visit-confirmed"), "earned", _budget, _volunteer, 50)));
        await AtAsync(Utc(2, 15, 2), () => _ledger.MoveAsync(_volunteer, _store, 20));
    }

    [Fact]
    public async Task GetMonthlyStatementAsync_CountsTheMonthInTheTimeZoneGiven()
    {
        await WriteJanuaryAndFebruaryAsync();

        var january = await _ledger.Reports.GetMonthlyStatementAsync(_volunteer, 2026, 1, China);
        var february = await _ledger.Reports.GetMonthlyStatementAsync(_volunteer, 2026, 2, China);

        Assert.Equal((0L, 100L, 30L, 70L, 2), (january.OpeningBalance, january.Credits, january.Debits, january.ClosingBalance, january.Entries.Count));
        Assert.Equal((70L, 50L, 20L, 100L, 2), (february.OpeningBalance, february.Credits, february.Debits, february.ClosingBalance, february.Entries.Count));
        Assert.Equal(february.ClosingBalance, await _ledger.BalanceAsync(_volunteer));
    }

    [Fact]
    public async Task GetHistoryAsync_Filtered_ReturnsTheMatchingPageAndTheTotalCount()
    {
        await WriteJanuaryAndFebruaryAsync();

        var debits = await _ledger.Reports.GetHistoryAsync(_volunteer, new HistoryFilter(Direction: EntryDirection.Debits), 0, 1);
        var earnedInFebruary = await _ledger.Reports.GetHistoryAsync(
            _volunteer, new HistoryFilter(From: Utc(1, 31, 16), ReferenceKind: "visit-confirmed"), 0, 10);

        Assert.Equal((2, -20L), (debits.TotalCount, Assert.Single(debits.Entries).Amount));
        Assert.Equal((1, 50L), (earnedInFebruary.TotalCount, Assert.Single(earnedInFebruary.Entries).Amount));
    }

    [Fact]
    public async Task GetDailyBalancesAsync_ClosesEachDayWithItsLastBalance()
    {
        await WriteJanuaryAndFebruaryAsync();
        _clock.Now = Utc(2, 2, 2);

        var series = await _ledger.Reports.GetDailyBalancesAsync(_volunteer, new DateOnly(2026, 1, 30), China);

        Assert.Equal(
            [(new DateOnly(2026, 1, 30), 70L), (new DateOnly(2026, 1, 31), 70L), (new DateOnly(2026, 2, 1), 120L), (new DateOnly(2026, 2, 2), 120L)],
            series.Select(d => (d.Date, d.ClosingBalance)));
    }

    [Fact]
    public async Task GetTotalsByReferenceKindAsync_SumsWhatEachKindOfEventMoved()
    {
        await WriteJanuaryAndFebruaryAsync();

        var totals = await _ledger.Reports.GetTotalsByReferenceKindAsync(_budget, new HistoryFilter(Direction: EntryDirection.Debits));

        Assert.Equal([new ReferenceKindTotal("test", 0, 100, 1), new ReferenceKindTotal("visit-confirmed", 0, 50, 1)], totals);
    }

    [Fact]
    public async Task GetTopByCreditsAsync_RanksAccountsOfOneKindByWhatTheyEarnedInThePeriod()
    {
        var first = await _ledger.OpenAsync(AccountKind.Household);
        var second = await _ledger.OpenAsync(AccountKind.Household);
        var third = await _ledger.OpenAsync(AccountKind.Household);
        var period = (From: Utc(3, 1, 0), Until: Utc(4, 1, 0));
        await AtAsync(Utc(3, 5, 0), async () =>
        {
            await _ledger.MoveAsync(_budget, first, 90);
            await _ledger.MoveAsync(_budget, second, 60);
            await _ledger.MoveAsync(_budget, third, 30);
        });
        await AtAsync(Utc(4, 2, 0), () => _ledger.MoveAsync(_budget, third, 500));

        var ranking = await _ledger.Reports.GetTopByCreditsAsync(AccountKind.Household, LedgerUnits.Shell, period.From, period.Until, top: 2);

        Assert.Equal([(1, first, 90L), (2, second, 60L)], ranking.Select(r => (r.Rank, r.AccountId, r.Credits)));
    }

    [Fact]
    public async Task GetRankingOfAsync_PlacesAnAccountAsTheFullLeaderboardDoes_TiesIncluded()
    {
        var period = (From: Utc(5, 1, 0), Until: Utc(6, 1, 0));
        var earnings = new long[] { 70, 40, 40, 40, 10 };
        var organisations = new List<Guid>();
        foreach (var points in earnings)
        {
            var organisation = await _ledger.OpenAsync(AccountKind.Organisation);
            await AtAsync(Utc(5, 10, 0), () => _ledger.MoveAsync(_budget, organisation, points));
            organisations.Add(organisation);
        }

        var idle = await _ledger.OpenAsync(AccountKind.Organisation);
        var board = await _ledger.Reports.GetTopByCreditsAsync(AccountKind.Organisation, LedgerUnits.Shell, period.From, period.Until, top: 100);
        var placed = new List<AccountRanking>();
        foreach (var organisation in organisations)
        {
            placed.Add((await _ledger.Reports.GetRankingOfAsync(organisation, AccountKind.Organisation, LedgerUnits.Shell, period.From, period.Until))!);
        }

        Assert.Equal(board, placed.OrderBy(r => r.Rank));
        Assert.Equal([1, 2, 3, 4, 5], placed.Select(r => r.Rank).Order());
        Assert.Null(await _ledger.Reports.GetRankingOfAsync(idle, AccountKind.Organisation, LedgerUnits.Shell, period.From, period.Until));
    }
}

public sealed class SqliteLedgerReportTests(SqliteTestDatabase database)
    : LedgerReportTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresLedgerReportTests(PostgresTestDatabase database)
    : LedgerReportTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
