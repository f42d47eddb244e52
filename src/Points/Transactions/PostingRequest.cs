namespace Charity.Points.Transactions;

/// <summary>One leg of a transfer: an amount in the account's own unit, positive to credit, negative to debit.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Amount">Non-zero, in the smallest part of the account's unit.</param>
/// <param name="EarnedAt">
/// For a credit to a person or household account, when the points count as earned (expiry runs oldest first);
/// the transaction's time when null. Ignored for other postings.
/// </param>
public sealed record PostingRequest(Guid AccountId, long Amount, DateTimeOffset? EarnedAt = null);
