namespace Charity.Points.Transactions;

/// <summary>Undo a transaction by writing its postings negated; the original is never edited.</summary>
/// <param name="TransactionId">The transaction to reverse.</param>
/// <param name="IdempotencyKey">The reversal's own key (retries return the reversal written first).</param>
/// <param name="Reference">The business event that caused the reversal, such as a refund.</param>
/// <param name="Description">Shown on statements. No personal data.</param>
public sealed record ReversalRequest(Guid TransactionId, string IdempotencyKey, BusinessReference Reference, string Description)
{
    /// <summary>
    /// The transfer that undoes <paramref name="original"/>. Points handed back keep the original's time as
    /// their earned-at, so a reversal does not extend their life.
    /// </summary>
    internal TransferRequest ToTransfer(PostedTransaction original) => new(
        IdempotencyKey,
        Reference,
        Description,
        [.. original.Postings.Select(p => new PostingRequest(p.AccountId, -p.Amount, original.CreatedAt))]);
}
