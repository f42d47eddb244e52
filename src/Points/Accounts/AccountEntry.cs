using Charity.Points.Transactions;

namespace Charity.Points.Accounts;

/// <summary>One line of an account's statement.</summary>
/// <param name="TransactionId">The transaction the posting belongs to.</param>
/// <param name="Sequence">The posting's number within the account, from 1.</param>
/// <param name="Amount">Positive for a credit, negative for a debit.</param>
/// <param name="BalanceAfter">The account's balance after this posting.</param>
/// <param name="Reference">The business event that caused the transaction.</param>
/// <param name="Description">The transaction's description.</param>
/// <param name="CreatedAt">When the transaction was written.</param>
/// <param name="EarnedAt">For credits to person and household accounts, when the points count as earned.</param>
public sealed record AccountEntry(
    Guid TransactionId,
    long Sequence,
    long Amount,
    long BalanceAfter,
    BusinessReference Reference,
    string Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EarnedAt);
