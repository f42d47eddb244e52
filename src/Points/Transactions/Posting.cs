namespace Charity.Points.Transactions;

/// <summary>
/// One account's share of a transaction. <see cref="AccountSequence"/> numbers an account's postings from 1;
/// <see cref="Hash"/> chains the posting to the account's previous one. A credit to a person or household
/// account carries <see cref="EarnedAt"/>, from which expiry lots (oldest first) can be derived.
/// </summary>
internal sealed class Posting
{
    public Guid AccountId { get; init; }

    public long AccountSequence { get; init; }

    public Guid TransactionId { get; init; }

    public long Amount { get; init; }

    public required string Unit { get; init; }

    public long BalanceAfter { get; init; }

    public DateTimeOffset? EarnedAt { get; init; }

    public required byte[] Hash { get; init; }
}
