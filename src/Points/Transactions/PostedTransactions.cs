namespace Charity.Points.Transactions;

internal static class PostedTransactions
{
    public static PostedTransaction ToView(LedgerTransaction transaction) => new(
        transaction.Id,
        transaction.Sequence,
        transaction.IdempotencyKey,
        new BusinessReference(transaction.ReferenceKind, transaction.ReferenceId),
        transaction.Description,
        transaction.CreatedAt,
        transaction.ReversesTransactionId,
        [.. transaction.Postings.OrderBy(p => p.AccountId).Select(p => new PostedPosting(p.AccountId, p.Amount, p.Unit, p.BalanceAfter, p.EarnedAt))]);
}
