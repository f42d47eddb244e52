using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Expiry;

/// <summary>
/// Expiry lots derived from an account's postings rather than stored: every credit starts a lot at its
/// earned-at time, and every debit (a spend, a reversal, an earlier expiry) uses up the oldest lots first.
/// So what has expired by a cutoff is what was earned by then less everything ever debited, never below zero.
/// </summary>
internal static class ExpiryLots
{
    /// <summary>The points of lots earned at or before <paramref name="earnedAtOrBefore"/> that no debit has used up.</summary>
    public static async Task<long> UnspentAsync(PointsDbContext db, Guid accountId, DateTimeOffset earnedAtOrBefore, CancellationToken cancellationToken)
    {
        var cutoff = earnedAtOrBefore.ToUniversalTime();
        var earned = await PostingsOf(db, accountId).Where(p => p.Amount > 0 && p.EarnedAt <= cutoff).SumAsync(p => p.Amount, cancellationToken);
        return Math.Max(0, earned - await DebitedAsync(db, accountId, cancellationToken));
    }

    /// <summary>The lots earned at or before the cutoff that debits have not used up, oldest first.</summary>
    public static async Task<IReadOnlyList<Lot>> RemainingAsync(PointsDbContext db, Guid accountId, DateTimeOffset earnedAtOrBefore, CancellationToken cancellationToken)
    {
        var cutoff = earnedAtOrBefore.ToUniversalTime();
        var credits = await PostingsOf(db, accountId).Where(p => p.Amount > 0 && p.EarnedAt <= cutoff)
            .OrderBy(p => p.EarnedAt).ThenBy(p => p.AccountSequence)
            .Select(p => new Lot(p.EarnedAt!.Value, p.Amount))
            .ToListAsync(cancellationToken);
        return UseOldestFirst(credits, await DebitedAsync(db, accountId, cancellationToken));
    }

    private static IQueryable<Posting> PostingsOf(PointsDbContext db, Guid accountId) =>
        db.Postings.AsNoTracking().Where(p => p.AccountId == accountId);

    private static async Task<long> DebitedAsync(PointsDbContext db, Guid accountId, CancellationToken cancellationToken) =>
        -await PostingsOf(db, accountId).Where(p => p.Amount < 0).SumAsync(p => p.Amount, cancellationToken);

    private static List<Lot> UseOldestFirst(List<Lot> lotsOldestFirst, long debited)
    {
        var remaining = new List<Lot>();
        foreach (var lot in lotsOldestFirst)
        {
            var used = Math.Min(lot.Points, debited);
            debited -= used;
            if (lot.Points > used)
            {
                remaining.Add(lot with { Points = lot.Points - used });
            }
        }

        return remaining;
    }

    /// <summary>Points earned at one time that are still there.</summary>
    public readonly record struct Lot(DateTimeOffset EarnedAt, long Points);
}
