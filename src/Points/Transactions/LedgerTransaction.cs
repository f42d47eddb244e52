namespace Charity.Points.Transactions;

/// <summary>
/// A transaction: postings that sum to zero per unit, never edited once written. <see cref="Hash"/> covers
/// its content and its postings; each posting's hash chains it into its account's history.
/// </summary>
internal sealed class LedgerTransaction
{
    /// <summary>Assigned by the database in commit order of the inserts; the primary key.</summary>
    public long Sequence { get; set; }

    public Guid Id { get; init; }

    public required string IdempotencyKey { get; init; }

    public required string ReferenceKind { get; init; }

    public required string ReferenceId { get; init; }

    public required string Description { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? ReversesTransactionId { get; init; }

    public required byte[] Hash { get; init; }

    public List<Posting> Postings { get; init; } = [];
}
