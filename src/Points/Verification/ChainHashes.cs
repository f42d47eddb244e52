using Charity.Points.Accounts;

namespace Charity.Points.Verification;

/// <summary>
/// The hashes that make the ledger tamper-evident. Each account has its own chain: its genesis hash covers
/// what the account is, and each posting's hash covers the previous link, the posting and its transaction's
/// hash, which in turn covers the transaction and all its postings. A chain per account (not one global
/// chain) lets writers on different accounts commit in parallel; a writer extends a chain only while it
/// holds that account's row lock for the balance check.
/// </summary>
internal static class ChainHashes
{
    public static byte[] Genesis(Guid accountId, string owner, AccountKind kind, string unit)
    {
        using var hash = new CanonicalHash("points/account/v1");
        return hash.Add(accountId).Add(owner).Add(kind.ToString()).Add(unit).Finish();
    }

    /// <param name="postings">In canonical order: see <see cref="CanonicalOrder"/>.</param>
    public static byte[] OfTransaction(TransactionContent transaction, IEnumerable<PostingContent> postings)
    {
        using var hash = new CanonicalHash("points/transaction/v1");
        hash.Add(transaction.Id).Add(transaction.IdempotencyKey).Add(transaction.ReferenceKind).Add(transaction.ReferenceId)
            .Add(transaction.Description).Add(transaction.CreatedAt).Add(transaction.ReversesTransactionId);
        foreach (var posting in postings)
        {
            hash.Add(posting.AccountId).Add(posting.Amount).Add(posting.Unit).Add(posting.EarnedAt);
        }

        return hash.Finish();
    }

    public static byte[] OfPosting(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> transactionHash, PostingContent posting, long accountSequence, long balanceAfter)
    {
        using var hash = new CanonicalHash("points/posting/v1");
        return hash.Add(previous).Add(transactionHash).Add(posting.AccountId).Add(accountSequence)
            .Add(posting.Amount).Add(posting.Unit).Add(balanceAfter).Add(posting.EarnedAt).Finish();
    }

    /// <summary>Postings enter a transaction's hash ordered by account id, whatever order the database returns.</summary>
    public static IEnumerable<PostingContent> CanonicalOrder(IEnumerable<PostingContent> postings) =>
        postings.OrderBy(p => p.AccountId);
}

internal readonly record struct TransactionContent(
    Guid Id, string IdempotencyKey, string ReferenceKind, string ReferenceId, string Description, DateTimeOffset CreatedAt, Guid? ReversesTransactionId);

internal readonly record struct PostingContent(Guid AccountId, long Amount, string Unit, DateTimeOffset? EarnedAt);
