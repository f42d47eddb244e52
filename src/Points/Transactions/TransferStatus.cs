namespace Charity.Points.Transactions;

/// <summary>What became of a transfer or reversal.</summary>
public enum TransferStatus
{
    /// <summary>Written now.</summary>
    Applied,

    /// <summary>A transaction with the same idempotency key was written before; it is returned and nothing changed.</summary>
    AlreadyApplied,

    /// <summary>It would take an account that may not be overdrawn below zero.</summary>
    InsufficientFunds,

    /// <summary>A posting names an account that does not exist.</summary>
    UnknownAccount,

    /// <summary>The postings do not sum to zero in every unit.</summary>
    Unbalanced,

    /// <summary>Fewer than two postings, a zero amount, an account twice, or a malformed key, reference or description.</summary>
    Invalid,

    /// <summary>The transaction to reverse does not exist.</summary>
    UnknownTransaction,

    /// <summary>The transaction has been reversed already.</summary>
    AlreadyReversed,

    /// <summary>The transaction is itself a reversal; write a new transfer instead.</summary>
    NotReversible,
}
