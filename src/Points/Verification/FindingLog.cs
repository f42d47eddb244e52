namespace Charity.Points.Verification;

/// <summary>Counts every problem but keeps only the first ones, so a badly damaged ledger cannot exhaust memory.</summary>
internal sealed class FindingLog(int capacity)
{
    private readonly List<VerificationFinding> _kept = [];

    public long Count { get; private set; }

    public IReadOnlyList<VerificationFinding> Kept => _kept;

    public void Add(VerificationProblem problem, Guid? transactionId = null, Guid? accountId = null, long? accountSequence = null)
    {
        Count++;
        if (_kept.Count < capacity)
        {
            _kept.Add(new VerificationFinding(problem, transactionId, accountId, accountSequence));
        }
    }
}
