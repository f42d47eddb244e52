using System.Globalization;
using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Expiry;

/// <summary>
/// Expiry of sea-shell points: points credited to person and household accounts expire a number of months
/// after they were earned, by moving them to the expiry account. Spends use up the oldest points first, so
/// what has expired by a cutoff is what was earned by then less everything ever debited, never below zero.
/// </summary>
public sealed class PointsExpiry(IDbContextFactory<PointsDbContext> contexts, LedgerAccounts accounts, TimeProvider clock)
{
    /// <summary>The owner of the expiry account that expired points are moved to.</summary>
    public const string SinkOwner = "expiry";

    /// <summary>The reference kind of expiry transactions.</summary>
    public const string ReferenceKind = "points-expiry";

    private readonly LedgerWriter _writer = new(clock);

    /// <summary>The points of the account that expire once everything earned at or before the cutoff has expired.</summary>
    public async Task<long> ExpiringAsync(Guid accountId, DateTimeOffset earnedAtOrBefore, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ExpiryLots.UnspentAsync(db, accountId, earnedAtOrBefore, cancellationToken);
    }

    /// <summary>
    /// What the account loses in the next <paramref name="days"/> days unless it is spent first, by calendar
    /// month of expiry in <paramref name="timeZone"/>, earliest first. Points already due and not yet moved by
    /// <see cref="ExpireDueAsync"/> are included.
    /// </summary>
    public async Task<IReadOnlyList<ExpiringMonth>> ExpiringSoonAsync(
        Guid accountId, int lifetimeMonths, int days, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lifetimeMonths);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentNullException.ThrowIfNull(timeZone);
        var horizon = clock.GetUtcNow().AddDays(days);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lots = await ExpiryLots.RemainingAsync(db, accountId, horizon.AddMonths(-lifetimeMonths), cancellationToken);
        return
        [
            .. lots
                .Select(lot => (ExpiresAt: TimeZoneInfo.ConvertTime(lot.EarnedAt.AddMonths(lifetimeMonths), timeZone), lot.Points))
                .GroupBy(lot => (lot.ExpiresAt.Year, lot.ExpiresAt.Month))
                .Select(month => new ExpiringMonth(month.Key.Year, month.Key.Month, month.Sum(l => l.Points), month.Min(l => l.ExpiresAt))),
        ];
    }

    /// <summary>
    /// Moves every person's and household's points earned more than <paramref name="lifetimeMonths"/> months
    /// before <paramref name="now"/> and not spent to the expiry account (opened on demand), one transaction
    /// per account under the key of the account and the UTC day: a second run the same day changes nothing.
    /// The amount is computed while the account is locked, so a spend at the same moment cannot make more
    /// expire than is left.
    /// </summary>
    public async Task<ExpiryRun> ExpireDueAsync(DateTimeOffset now, int lifetimeMonths, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lifetimeMonths);
        var sink = await accounts.OpenAsync(SinkOwner, AccountKind.ExpirySink, LedgerUnits.Shell, cancellationToken);
        var cutoff = now.AddMonths(-lifetimeMonths).ToUniversalTime();
        var day = now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var holders = await HoldersOfLotsEarnedByAsync(cutoff, cancellationToken);
        int expiredAccounts = 0;
        long expiredPoints = 0;
        foreach (var holder in holders)
        {
            var expired = await ExpireAsync(holder, sink.Id, cutoff, day, cancellationToken);
            expiredAccounts += expired > 0 ? 1 : 0;
            expiredPoints += expired;
        }

        return new ExpiryRun(holders.Count, expiredAccounts, expiredPoints);
    }

    private async Task<List<Guid>> HoldersOfLotsEarnedByAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only credits to person and household accounts carry an earned-at (AccountRules.HoldsExpiringLots).
        return await db.Accounts.AsNoTracking()
            .Where(a => a.Unit == LedgerUnits.Shell && a.Balance > 0)
            .Where(a => db.Postings.Any(p => p.AccountId == a.Id && p.Amount > 0 && p.EarnedAt <= cutoff))
            .OrderBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task<long> ExpireAsync(Guid accountId, Guid sinkId, DateTimeOffset cutoff, string day, CancellationToken cancellationToken)
    {
        var key = $"{ReferenceKind}:{accountId:N}:{day}";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await LedgerWriter.LockAsync(db, [accountId, sinkId], cancellationToken);
        if (await db.Transactions.AnyAsync(t => t.IdempotencyKey == key, cancellationToken))
        {
            return 0;
        }

        var due = await ExpiryLots.UnspentAsync(db, accountId, cutoff, cancellationToken);
        if (due == 0)
        {
            return 0;
        }

        var expiry = TransferRequest.Move(key, new BusinessReference(ReferenceKind, day), "Points expired", accountId, sinkId, due);
        var result = await _writer.AppendAsync(db, locked, expiry, reverses: null, cancellationToken);
        if (result.Status != TransferStatus.Applied)
        {
            // What is due never exceeds the balance (it is part of it), so a refusal means the ledger is damaged.
            throw new InvalidOperationException($"Expiring {due} points of account {accountId} was refused: {result.Status}.");
        }

        await transaction.CommitAsync(cancellationToken);
        return due;
    }
}
