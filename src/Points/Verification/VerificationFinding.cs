namespace Charity.Points.Verification;

/// <summary>One problem found by <see cref="LedgerVerifier"/>, with the ids that locate it.</summary>
/// <param name="Problem">What is wrong.</param>
/// <param name="TransactionId">The transaction concerned, when there is one.</param>
/// <param name="AccountId">The account concerned, when there is one.</param>
/// <param name="AccountSequence">The posting's number within the account, for posting problems.</param>
public sealed record VerificationFinding(VerificationProblem Problem, Guid? TransactionId, Guid? AccountId, long? AccountSequence);
