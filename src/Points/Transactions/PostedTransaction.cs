namespace Charity.Points.Transactions;

/// <summary>A transaction as written.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Sequence">Its position in the order transactions were written.</param>
/// <param name="IdempotencyKey">The key it was written under.</param>
/// <param name="Reference">The business event that caused it.</param>
/// <param name="Description">Its description.</param>
/// <param name="CreatedAt">When it was written, from the ledger's clock.</param>
/// <param name="ReversesTransactionId">For a reversal, the transaction it reverses.</param>
/// <param name="Postings">Its postings, ordered by account id.</param>
public sealed record PostedTransaction(
    Guid Id,
    long Sequence,
    string IdempotencyKey,
    BusinessReference Reference,
    string Description,
    DateTimeOffset CreatedAt,
    Guid? ReversesTransactionId,
    IReadOnlyList<PostedPosting> Postings);

/// <summary>A posting as written.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Amount">Positive for a credit, negative for a debit.</param>
/// <param name="Unit">The account's unit.</param>
/// <param name="BalanceAfter">The account's balance after it.</param>
/// <param name="EarnedAt">For credits to person and household accounts, when the points count as earned.</param>
public sealed record PostedPosting(Guid AccountId, long Amount, string Unit, long BalanceAfter, DateTimeOffset? EarnedAt);
