namespace Charity.Points.Transactions;

/// <summary>A transaction to write: postings that sum to zero in each unit.</summary>
/// <param name="IdempotencyKey">
/// Unique per business effect (at most 200 characters): a retry with the same key returns the transaction the
/// first attempt wrote and changes nothing, whatever the rest of the request says.
/// </param>
/// <param name="Reference">The business event that caused it.</param>
/// <param name="Description">Shown on statements; at most 500 characters. No personal data.</param>
/// <param name="Postings">At least two postings, each on a different account.</param>
public sealed record TransferRequest(
    string IdempotencyKey,
    BusinessReference Reference,
    string Description,
    IReadOnlyList<PostingRequest> Postings)
{
    internal const int IdempotencyKeyMaxLength = 200;
    internal const int DescriptionMaxLength = 500;

    /// <summary>A transfer of <paramref name="amount"/> from one account to another of the same unit.</summary>
    public static TransferRequest Move(string idempotencyKey, BusinessReference reference, string description, Guid from, Guid to, long amount) =>
        new(idempotencyKey, reference, description, [new PostingRequest(from, -amount), new PostingRequest(to, amount)]);
}
