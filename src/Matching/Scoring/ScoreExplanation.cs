namespace Charity.Matching.Scoring;

/// <summary>
/// A scored pair with every factor as data: <see cref="Score"/> is the product of the terms other than the
/// priority weight, and <see cref="Utility"/> = <see cref="Score"/> × <see cref="PriorityWeight"/>. An ineligible
/// pair scores 0 and lists its <see cref="Failures"/>.
/// </summary>
public sealed record ScoreExplanation(
    EligibilityFailures Failures,
    double Score,
    double PriorityWeight,
    double Utility,
    IReadOnlyList<ScoreTerm> Terms)
{
    public bool IsEligible => Failures == EligibilityFailures.None;
}
