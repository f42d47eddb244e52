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
        PointsDbContext db, IReadOnlyDictionary<Guid, Account> lockedAccounts, TransferRequest request, Guid? reverses, CancellationToken cancellationToken) =>
        (await AppendAllAsync(db, lockedAccounts, [(request, reverses)], cancellationToken))[0];

    /// <summary>
    /// Checks and builds the transfers in order, each against the balances the ones before it left, and writes
    /// those that pass in one round trip; returns each transfer's outcome in the same order.
    /// </summary>
    public async Task<TransferResult[]> AppendAllAsync(
        PointsDbContext db, IReadOnlyDictionary<Guid, Account> lockedAccounts, IReadOnlyList<(TransferRequest Request, Guid? Reverses)> transfers, CancellationToken cancellationToken)
    {
        var results = new TransferResult[transfers.Count];
        var written = new List<(int Position, LedgerTransaction Transaction)>(transfers.Count);
        var touched = new Dictionary<Guid, Account>();
        var now = clock.GetUtcNow().TruncatedToMicroseconds();
        for (var i = 0; i < transfers.Count; i++)
        {
            var (request, reverses) = transfers[i];
            var refusal = !TransferRules.IsWellFormed(request) ? new TransferResult(TransferStatus.Invalid) : TransferRules.Refusal(request.Postings, lockedAccounts);
            if (refusal is not null)
            {
                results[i] = refusal;
                continue;
            }

            written.Add((i, TransactionBuilder.Build(request, reverses, lockedAccounts, now)));
            foreach (var posting in request.Postings)
            {
                touched[posting.AccountId] = lockedAccounts[posting.AccountId];
            }
        }

        if (written.Count > 0)
        {
            await TransactionWriter.WriteAsync(db, [.. written.Select(w => w.Transaction)], touched.Values, cancellationToken);
        }

        foreach (var (position, transaction) in written)
        {
            results[position] = new TransferResult(TransferStatus.Applied, PostedTransactions.ToView(transaction));
        }

        return results;
    }
}
