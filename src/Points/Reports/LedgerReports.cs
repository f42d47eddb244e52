using Charity.Points.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Reports;

/// <summary>
/// Reads an account's history for statements and charts, and ranks accounts. Times of entries are the times
/// their transactions were written; days and months are counted in the time zone the caller gives.
/// </summary>
public sealed class LedgerReports(IDbContextFactory<PointsDbContext> contexts, TimeProvider clock)
{
    /// <summary>The account's entries that pass the filter, newest first, one page at a time, with their total count.</summary>
    public async Task<HistoryPage> GetHistoryAsync(Guid accountId, HistoryFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Filtered(AccountEntryRows.Of(db, accountId), filter);
        var total = await rows.CountAsync(cancellationToken);
        var entries = await rows.OrderByDescending(r => r.Posting.AccountSequence).Skip(skip).Take(take)
            .Select(AccountEntryRows.ToEntry).ToListAsync(cancellationToken);
        return new HistoryPage(entries, total);
    }

    /// <summary>The account's statement of one calendar month in <paramref name="timeZone"/>.</summary>
    public async Task<MonthlyStatement> GetMonthlyStatementAsync(
        Guid accountId, int year, int month, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var first = new DateOnly(year, month, 1);
        var start = LocalCalendar.StartOf(first, timeZone);
        var end = LocalCalendar.StartOf(first.AddMonths(1), timeZone);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = AccountEntryRows.Of(db, accountId);
        var opening = await rows.Where(r => r.Transaction.CreatedAt < start).SumAsync(r => r.Posting.Amount, cancellationToken);
        var entries = await rows.Where(r => r.Transaction.CreatedAt >= start && r.Transaction.CreatedAt < end)
            .OrderBy(r => r.Posting.AccountSequence)
            .Select(AccountEntryRows.ToEntry)
            .ToListAsync(cancellationToken);
        var credits = entries.Where(e => e.Amount > 0).Sum(e => e.Amount);
        var debits = -entries.Where(e => e.Amount < 0).Sum(e => e.Amount);
        return new MonthlyStatement(year, month, opening, credits, debits, opening + credits - debits, entries);
    }

    /// <summary>The account's balance at the end of every day from <paramref name="from"/> to today, in <paramref name="timeZone"/>.</summary>
    public async Task<IReadOnlyList<DailyBalance>> GetDailyBalancesAsync(
        Guid accountId, DateOnly from, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var start = LocalCalendar.StartOf(from, timeZone);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = AccountEntryRows.Of(db, accountId);
        var balance = await rows.Where(r => r.Transaction.CreatedAt < start).SumAsync(r => r.Posting.Amount, cancellationToken);
        var movements = await rows.Where(r => r.Transaction.CreatedAt >= start)
            .Select(r => new { r.Transaction.CreatedAt, r.Posting.Amount })
            .ToListAsync(cancellationToken);
        var byDay = movements.GroupBy(m => LocalCalendar.DateOf(m.CreatedAt, timeZone)).ToDictionary(day => day.Key, day => day.Sum(m => m.Amount));
        var today = LocalCalendar.DateOf(clock.GetUtcNow(), timeZone);
        var series = new List<DailyBalance>();
        for (var date = from; date <= today; date = date.AddDays(1))
        {
            balance += byDay.GetValueOrDefault(date);
            series.Add(new DailyBalance(date, balance));
        }

        return series;
    }

    /// <summary>
    /// What each kind of business event moved in and out of the account (such as what a budget issued per
    /// earn rule), among the entries that pass the filter, by reference kind.
    /// </summary>
    public async Task<IReadOnlyList<ReferenceKindTotal>> GetTotalsByReferenceKindAsync(
        Guid accountId, HistoryFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var totals = await Filtered(AccountEntryRows.Of(db, accountId), filter)
            .GroupBy(r => r.Transaction.ReferenceKind)
            .Select(kind => new ReferenceKindTotal(
                kind.Key,
                kind.Sum(r => r.Posting.Amount > 0 ? r.Posting.Amount : 0),
                kind.Sum(r => r.Posting.Amount < 0 ? -r.Posting.Amount : 0),
                kind.Count()))
            .ToListAsync(cancellationToken);
        return [.. totals.OrderBy(t => t.ReferenceKind, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The <paramref name="top"/> accounts of one kind and unit with the most credits written in
    /// [<paramref name="from"/>, <paramref name="until"/>), for a leaderboard. Reversals do not count: points
    /// handed back were not earned.
    /// </summary>
    public async Task<IReadOnlyList<AccountRanking>> GetTopByCreditsAsync(
        AccountKind kind, string unit, DateTimeOffset from, DateTimeOffset until, int top, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ranked = await Credited(db, kind, unit, from, until)
            .OrderByDescending(a => a.Credits).ThenBy(a => a.Id)
            .Take(top)
            .ToListAsync(cancellationToken);
        return [.. ranked.Select((a, index) => new AccountRanking(index + 1, a.Id, a.Owner, a.Credits))];
    }

    /// <summary>
    /// Where one account stands on the leaderboard of <see cref="GetTopByCreditsAsync"/> however far down, or null
    /// when it earned nothing in the period.
    /// </summary>
    public async Task<AccountRanking?> GetRankingOfAsync(
        Guid accountId, AccountKind kind, string unit, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var credited = Credited(db, kind, unit, from, until);
        if (await credited.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken) is not { } own)
        {
            return null;
        }

        var ahead = await credited.CountAsync(a => a.Credits > own.Credits, cancellationToken);

        // Equal credits are ordered by id as the database orders them, so the tie is read rather than compared here.
        var tied = await credited.Where(a => a.Credits == own.Credits).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        return new AccountRanking(ahead + tied.IndexOf(accountId) + 1, own.Id, own.Owner, own.Credits);
    }

    /// <summary>Each account of one kind and unit with the credits written to it in the period, reversals left out.</summary>
    private static IQueryable<CreditedAccount> Credited(PointsDbContext db, AccountKind kind, string unit, DateTimeOffset from, DateTimeOffset until)
    {
        var (start, end) = (from.ToUniversalTime(), until.ToUniversalTime());
        return from p in db.Postings.AsNoTracking()
               where p.Amount > 0
               join t in db.Transactions on p.TransactionId equals t.Id
               where t.CreatedAt >= start && t.CreatedAt < end && t.ReversesTransactionId == null
               join a in db.Accounts on p.AccountId equals a.Id
               where a.Kind == kind && a.Unit == unit
               group p.Amount by new { a.Id, a.Owner } into account
               select new CreditedAccount { Id = account.Key.Id, Owner = account.Key.Owner, Credits = account.Sum() };
    }

    /// <summary>Set by initialiser, not constructor: the query goes on to filter and order by its members.</summary>
    private sealed class CreditedAccount
    {
        public required Guid Id { get; init; }

        public required string Owner { get; init; }

        public required long Credits { get; init; }
    }

    private static IQueryable<AccountEntryRows.EntryRow> Filtered(IQueryable<AccountEntryRows.EntryRow> rows, HistoryFilter filter)
    {
        if (filter.From is { } from)
        {
            var start = from.ToUniversalTime();
            rows = rows.Where(r => r.Transaction.CreatedAt >= start);
        }

        if (filter.Until is { } until)
        {
            var end = until.ToUniversalTime();
            rows = rows.Where(r => r.Transaction.CreatedAt < end);
        }

        if (filter.ReferenceKind is { } referenceKind)
        {
            rows = rows.Where(r => r.Transaction.ReferenceKind == referenceKind);
        }

        return filter.Direction switch
        {
            EntryDirection.Credits => rows.Where(r => r.Posting.Amount > 0),
            EntryDirection.Debits => rows.Where(r => r.Posting.Amount < 0),
            _ => rows,
        };
    }
}
