using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Verification;

/// <summary>
/// Streams every transaction with its postings (one statement, one consistent snapshot) and checks that
/// each sums to zero per unit and still matches its hash.
/// </summary>
internal static class TransactionCheck
{
    public static async Task<(long Transactions, long Postings)> RunAsync(PointsDbContext db, FindingLog findings, CancellationToken cancellationToken)
    {
        var rows =
            from p in db.Postings.AsNoTracking()
            join t in db.Transactions on p.TransactionId equals t.Id
            orderby t.Sequence
            select new Row(
                t.Sequence,
                new TransactionContent(t.Id, t.IdempotencyKey, t.ReferenceKind, t.ReferenceId, t.Description, t.CreatedAt, t.ReversesTransactionId),
                t.Hash,
                new PostingContent(p.AccountId, p.Amount, p.Unit, p.EarnedAt));
        long transactions = 0, postings = 0;
        var current = new List<Row>();
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            postings++;
            if (current.Count > 0 && current[0].Sequence != row.Sequence)
            {
                Check(current, findings);
                transactions++;
                current.Clear();
            }

            current.Add(row);
        }

        if (current.Count > 0)
        {
            Check(current, findings);
            transactions++;
        }

        return (transactions, postings);
    }

    private static void Check(List<Row> rows, FindingLog findings)
    {
        var transaction = rows[0].Transaction;
        if (rows.GroupBy(r => r.Posting.Unit, StringComparer.Ordinal).Any(unit => unit.Sum(r => r.Posting.Amount) != 0))
        {
            findings.Add(VerificationProblem.Unbalanced, transaction.Id);
        }

        var expected = ChainHashes.OfTransaction(transaction, ChainHashes.CanonicalOrder(rows.Select(r => r.Posting)));
        if (!expected.AsSpan().SequenceEqual(rows[0].Hash))
        {
            findings.Add(VerificationProblem.TransactionHashMismatch, transaction.Id);
        }
    }

    private sealed record Row(long Sequence, TransactionContent Transaction, byte[] Hash, PostingContent Posting);
}
