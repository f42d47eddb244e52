using Charity.Points.Accounts;

namespace Charity.Points.Transactions;

/// <summary>
/// The lock → check → build → write path of a transaction, run inside a database transaction its caller has
/// begun and will commit. Features beside the ledger (an order, an expiry) change their own rows and the
/// ledger's atomically this way, and compute their postings from the accounts as they are while locked. The
/// locks last until the caller's transaction ends. Idempotency keys are not looked up here: a second write
/// under a key fails on the unique index and the caller decides what the earlier outcome was.
/// </summary>
internal sealed class LedgerWriter(TimeProvider clock)
{
    /// <summary>Reads and locks the accounts (in id order); an unknown id is missing from the result.</summary>
    public static Task<Dictionary<Guid, Account>> LockAsync(PointsDbContext db, IEnumerable<Guid> accountIds, CancellationToken cancellationToken) =>
        AccountLocks.LockAsync(db, [.. accountIds.Distinct()], cancellationToken);

    /// <summary>
    /// Writes the transfer against accounts locked by <see cref="LockAsync"/>, or returns why not (nothing is
    /// written then). The locked accounts move on to their new balances and hash heads.
    /// </summary>
    public async Task<TransferResult> AppendAsync(
        PointsDbContext db, IReadOnlyDictionary<Guid, Account> lockedAccounts, TransferRequest request, Guid? reverses, CancellationToken cancellationToken)
    {
        if (!TransferRules.IsWellFormed(request))
        {
            return new TransferResult(TransferStatus.Invalid);
        }

        if (TransferRules.Refusal(request.Postings, lockedAccounts) is { } refusal)
        {
            return refusal;
        }

        var touched = request.Postings.Select(p => lockedAccounts[p.AccountId]).ToList();
        var written = TransactionBuilder.Build(request, reverses, lockedAccounts, clock.GetUtcNow().TruncatedToMicroseconds());
        written.Sequence = await TransactionWriter.WriteAsync(db, written, touched, cancellationToken);
        return new TransferResult(TransferStatus.Applied, PostedTransactions.ToView(written));
    }
}
