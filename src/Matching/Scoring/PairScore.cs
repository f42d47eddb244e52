namespace Charity.Matching.Scoring;

/// <summary>A scored pair without the explanation's inputs.</summary>
internal readonly record struct PairScore(
    EligibilityFailures Failures,
    double DistanceKm,
    double ItemFit,
    double DistanceDecay,
    double Score,
    double PriorityWeight,
    double Utility)
{
    public bool IsEligible => Failures == EligibilityFailures.None;
}
