namespace Charity.Points.Verification;

/// <summary>What <see cref="LedgerVerifier.VerifyAsync"/> checked and found.</summary>
/// <param name="TransactionsChecked">Transactions read.</param>
/// <param name="PostingsChecked">Postings read (each in its transaction and in its account's chain).</param>
/// <param name="AccountsChecked">Accounts read.</param>
/// <param name="ProblemCount">All problems found.</param>
/// <param name="Findings">The first problems found, in the order found (at most <see cref="LedgerVerifier.MaxFindings"/>).</param>
public sealed record VerificationReport(
    long TransactionsChecked,
    long PostingsChecked,
    long AccountsChecked,
    long ProblemCount,
    IReadOnlyList<VerificationFinding> Findings)
{
    /// <summary>True when nothing was found.</summary>
    public bool IsIntact => ProblemCount == 0;
}
