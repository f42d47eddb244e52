using Charity.Points.Accounts;
using Charity.Points.Verification;

namespace Charity.Points.Transactions;

/// <summary>
/// Turns a checked transfer into a transaction and its postings, and moves each locked account forward:
/// balance, posting number and hash head.
/// </summary>
internal static class TransactionBuilder
{
    public static LedgerTransaction Build(
        TransferRequest request, Guid? reverses, IReadOnlyDictionary<Guid, Account> lockedAccounts, DateTimeOffset now)
    {
        var content = new TransactionContent(
            Guid.CreateVersion7(now), request.IdempotencyKey, request.Reference.Kind, request.Reference.Id, request.Description, now, reverses);
        var postings = ChainHashes.CanonicalOrder(request.Postings.Select(p => ContentOf(p, lockedAccounts[p.AccountId], now))).ToList();
        var transactionHash = ChainHashes.OfTransaction(content, postings);
        var transaction = new LedgerTransaction
        {
            Id = content.Id,
            IdempotencyKey = content.IdempotencyKey,
            ReferenceKind = content.ReferenceKind,
            ReferenceId = content.ReferenceId,
            Description = content.Description,
            CreatedAt = now,
            ReversesTransactionId = reverses,
            Hash = transactionHash,
        };
        foreach (var posting in postings)
        {
            transaction.Postings.Add(Append(lockedAccounts[posting.AccountId], posting, transaction.Id, transactionHash));
        }

        return transaction;
    }

    private static PostingContent ContentOf(PostingRequest request, Account account, DateTimeOffset now) => new(
        request.AccountId,
        request.Amount,
        account.Unit,
        request.Amount > 0 && AccountRules.HoldsExpiringLots(account.Kind) ? (request.EarnedAt ?? now).TruncatedToMicroseconds() : null);

    private static Posting Append(Account account, PostingContent content, Guid transactionId, byte[] transactionHash)
    {
        var sequence = account.LastSequence + 1;
        var balanceAfter = checked(account.Balance + content.Amount);
        var hash = ChainHashes.OfPosting(account.HashHead, transactionHash, content, sequence, balanceAfter);
        account.LastSequence = sequence;
        account.Balance = balanceAfter;
        account.HashHead = hash;
        return new Posting
        {
            AccountId = account.Id,
            AccountSequence = sequence,
            TransactionId = transactionId,
            Amount = content.Amount,
            Unit = content.Unit,
            BalanceAfter = balanceAfter,
            EarnedAt = content.EarnedAt,
            Hash = hash,
        };
    }
}
