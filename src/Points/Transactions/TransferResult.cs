namespace Charity.Points.Transactions;

/// <summary>
/// The outcome of a transfer or reversal. Refusals are results, not exceptions: they are what a caller
/// expects to handle (an overdraft, a retry, a second reversal).
/// </summary>
/// <param name="Status">What happened.</param>
/// <param name="Transaction">The transaction written now or before; null when refused.</param>
/// <param name="AccountId">For <see cref="TransferStatus.InsufficientFunds"/> and <see cref="TransferStatus.UnknownAccount"/>, the account at fault.</param>
public sealed record TransferResult(TransferStatus Status, PostedTransaction? Transaction = null, Guid? AccountId = null)
{
    /// <summary>True when the transaction exists now, written by this call or an earlier one with the same key.</summary>
    public bool Succeeded => Status is TransferStatus.Applied or TransferStatus.AlreadyApplied;
}
