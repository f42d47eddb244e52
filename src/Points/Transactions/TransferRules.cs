using Charity.Points.Accounts;

namespace Charity.Points.Transactions;

/// <summary>The checks a transfer must pass: first on its shape, then against the locked accounts.</summary>
internal static class TransferRules
{
    /// <summary>Larger amounts are refused, so sums of a few postings can never overflow.</summary>
    public const long MaxAmount = 1_000_000_000_000_000;

    public static bool IsWellFormed(TransferRequest request) =>
        request.IdempotencyKey is { Length: > 0 and <= TransferRequest.IdempotencyKeyMaxLength }
        && request.Reference.IsWellFormed
        && request.Description is { Length: <= TransferRequest.DescriptionMaxLength }
        && request.Postings is { Count: >= 2 }
        && request.Postings.All(p => p is not null && p.Amount != 0 && Math.Abs(p.Amount) <= MaxAmount)
        && request.Postings.Select(p => p.AccountId).Distinct().Count() == request.Postings.Count;

    /// <summary>Null when the postings may be written against these accounts; otherwise the refusal.</summary>
    public static TransferResult? Refusal(IReadOnlyList<PostingRequest> postings, IReadOnlyDictionary<Guid, Account> accounts)
    {
        if (postings.FirstOrDefault(p => !accounts.ContainsKey(p.AccountId)) is { } unknown)
        {
            return new TransferResult(TransferStatus.UnknownAccount, AccountId: unknown.AccountId);
        }

        if (postings.GroupBy(p => accounts[p.AccountId].Unit, StringComparer.Ordinal).Any(unit => unit.Sum(p => p.Amount) != 0))
        {
            return new TransferResult(TransferStatus.Unbalanced);
        }

        var overdrawn = postings.FirstOrDefault(p =>
            p.Amount < 0 && !AccountRules.MayGoNegative(accounts[p.AccountId].Kind) && accounts[p.AccountId].Balance + p.Amount < 0);
        return overdrawn is null ? null : new TransferResult(TransferStatus.InsufficientFunds, AccountId: overdrawn.AccountId);
    }
}
