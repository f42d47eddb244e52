using Charity.Points.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Verification;

/// <summary>
/// Streams every account's postings in order (one statement, one consistent snapshot) and walks its hash
/// chain from the genesis hash, checking numbering, running balance, unit, and finally the account's
/// cached balance and hash head. Accounts without postings are checked against their genesis state.
/// </summary>
internal static class AccountChainCheck
{
    public static async Task<long> RunAsync(PointsDbContext db, FindingLog findings, CancellationToken cancellationToken)
    {
        var rows =
            from p in db.Postings.AsNoTracking()
            join a in db.Accounts on p.AccountId equals a.Id
            join t in db.Transactions on p.TransactionId equals t.Id
            orderby p.AccountId, p.AccountSequence
            select new Row(a, t.Id, t.Hash, p.AccountSequence, p.BalanceAfter, p.Hash, new PostingContent(p.AccountId, p.Amount, p.Unit, p.EarnedAt));
        long accounts = 0;
        Walk? walk = null;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (walk?.Account.Id != row.Account.Id)
            {
                walk?.Finish(findings);
                walk = new Walk(row.Account);
                accounts++;
            }

            walk.Step(row, findings);
        }

        walk?.Finish(findings);

        var untouched = db.Accounts.AsNoTracking().Where(a => !db.Postings.Any(p => p.AccountId == a.Id));
        await foreach (var account in untouched.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            new Walk(account).Finish(findings);
            accounts++;
        }

        return accounts;
    }

    private sealed record Row(
        Account Account, Guid TransactionId, byte[] TransactionHash, long Sequence, long BalanceAfter, byte[] Hash, PostingContent Posting);

    private sealed class Walk(Account account)
    {
        private byte[] _head = ChainHashes.Genesis(account.Id, account.Owner, account.Kind, account.Unit);
        private long _sequence;
        private long _balance;

        public Account Account => account;

        public void Step(Row row, FindingLog findings)
        {
            _sequence++;
            if (row.Sequence != _sequence)
            {
                findings.Add(VerificationProblem.SequenceGap, row.TransactionId, account.Id, row.Sequence);
                _sequence = row.Sequence;
            }

            if (!string.Equals(row.Posting.Unit, account.Unit, StringComparison.Ordinal))
            {
                findings.Add(VerificationProblem.UnitMismatch, row.TransactionId, account.Id, row.Sequence);
            }

            _balance += row.Posting.Amount;
            if (row.BalanceAfter != _balance)
            {
                findings.Add(VerificationProblem.RunningBalanceMismatch, row.TransactionId, account.Id, row.Sequence);
            }

            var expected = ChainHashes.OfPosting(_head, row.TransactionHash, row.Posting, row.Sequence, row.BalanceAfter);
            if (!expected.AsSpan().SequenceEqual(row.Hash))
            {
                findings.Add(VerificationProblem.BrokenChain, row.TransactionId, account.Id, row.Sequence);
            }

            // The stored hash is the next link: one broken posting is reported once, not for every later one.
            _head = row.Hash;
        }

        public void Finish(FindingLog findings)
        {
            if (account.Balance != _balance)
            {
                findings.Add(VerificationProblem.CachedBalanceMismatch, accountId: account.Id);
            }

            if (account.LastSequence != _sequence || !account.HashHead.AsSpan().SequenceEqual(_head))
            {
                findings.Add(VerificationProblem.HashHeadMismatch, accountId: account.Id);
            }
        }
    }
}
