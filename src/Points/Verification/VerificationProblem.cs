namespace Charity.Points.Verification;

/// <summary>A way in which the stored ledger differs from what was written.</summary>
public enum VerificationProblem
{
    /// <summary>A transaction's postings do not sum to zero in some unit.</summary>
    Unbalanced,

    /// <summary>A transaction's content or its postings differ from what its hash covers.</summary>
    TransactionHashMismatch,

    /// <summary>A posting's hash does not follow from the previous link of its account's chain and its content.</summary>
    BrokenChain,

    /// <summary>An account's postings are not numbered 1, 2, 3… (one was removed or inserted).</summary>
    SequenceGap,

    /// <summary>A posting's balance-after is not the running sum of its account's postings.</summary>
    RunningBalanceMismatch,

    /// <summary>A posting's unit is not its account's unit.</summary>
    UnitMismatch,

    /// <summary>An account's cached balance is not the sum of its postings.</summary>
    CachedBalanceMismatch,

    /// <summary>An account's hash head or posting count is not its latest posting's.</summary>
    HashHeadMismatch,
}
