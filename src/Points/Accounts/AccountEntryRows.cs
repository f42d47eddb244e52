using System.Linq.Expressions;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Accounts;

/// <summary>An account's postings joined to their transactions, for statements and reports to filter and shape.</summary>
internal static class AccountEntryRows
{
    public static readonly Expression<Func<EntryRow, AccountEntry>> ToEntry = r => new AccountEntry(
        r.Transaction.Id,
        r.Posting.AccountSequence,
        r.Posting.Amount,
        r.Posting.BalanceAfter,
        new BusinessReference(r.Transaction.ReferenceKind, r.Transaction.ReferenceId),
        r.Transaction.Description,
        r.Transaction.CreatedAt,
        r.Posting.EarnedAt);

    public static IQueryable<EntryRow> Of(PointsDbContext db, Guid accountId) =>
        from p in db.Postings.AsNoTracking()
        where p.AccountId == accountId
        join t in db.Transactions.AsNoTracking() on p.TransactionId equals t.Id
        select new EntryRow { Posting = p, Transaction = t };

    /// <summary>A member-initialised class rather than a record, so that queries can go on filtering on its parts.</summary>
    internal sealed class EntryRow
    {
        public required Posting Posting { get; init; }

        public required LedgerTransaction Transaction { get; init; }
    }
}
