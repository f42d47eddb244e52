namespace Charity.Points.Accounts;

/// <summary>
/// An account in one unit. <see cref="Balance"/> caches the sum of its postings; <see cref="HashHead"/> is the
/// hash of its latest posting (or its genesis hash) and <see cref="LastSequence"/> that posting's number, so
/// the next posting can be chained while the row is locked for the balance check.
/// </summary>
internal sealed class Account
{
    public Guid Id { get; init; }

    /// <summary>An opaque reference to whoever owns the account, such as <c>volunteer:{guid}</c>.</summary>
    public required string Owner { get; init; }

    public AccountKind Kind { get; init; }

    public required string Unit { get; init; }

    public long Balance { get; set; }

    public long LastSequence { get; set; }

    public required byte[] HashHead { get; set; }

    public DateTimeOffset OpenedAt { get; init; }
}
