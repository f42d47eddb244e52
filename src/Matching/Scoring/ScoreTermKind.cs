namespace Charity.Matching.Scoring;

/// <summary>The factors of a match score, named for the UI to word in its language.</summary>
public enum ScoreTermKind
{
    ItemFit,
    DistanceDecay,
    CapacityFactor,
    Reliability,
    PriorityWeight,
}
