namespace Charity.Marketplace.Assessment;

/// <summary>Which rule an <see cref="UrgencyReason"/> reports.</summary>
public enum UrgencyReasonKind
{
    /// <summary>A critical condition holds; the indicators are the condition's, with their scores.</summary>
    CriticalCondition = 1,

    /// <summary>The hardship index reached the high-urgency threshold.</summary>
    IndexAtOrAboveHighThreshold = 2,

    /// <summary>Indicators of the dimension scored at least the severe score (the threshold).</summary>
    SevereScoreInDimension = 3,

    /// <summary>Low: the hardship index is below the low threshold.</summary>
    IndexBelowLowThreshold = 4,

    /// <summary>Low: no indicator scored above the threshold.</summary>
    NoScoreAboveLowMaximum = 5,

    /// <summary>Normal rather than low: the hardship index is at or above the low threshold.</summary>
    IndexNotBelowLowThreshold = 6,

    /// <summary>Normal rather than low: these indicators scored above the threshold.</summary>
    ScoreAboveLowMaximum = 7,
}
