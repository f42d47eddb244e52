namespace Charity.Matching.Scoring;

/// <summary>The inputs a score term was computed from.</summary>
public enum ScoreInputKind
{
    /// <summary>1 when the offer is for the need's own item, 0 when for another item of its category.</summary>
    ExactItem,
    DistanceKm,
    RadiusKm,
    CapacityLeft,
    AcceptanceRate,
    /// <summary>The policy's prior, used because the provider has no referrals yet.</summary>
    PriorAcceptanceRate,
    MeanSatisfaction,
    /// <summary>The policy's prior, used because the provider has no rated referrals yet.</summary>
    PriorSatisfaction,
    HardshipIndex,
    /// <summary>The <see cref="Model.Urgency"/> as its number (0 = critical).</summary>
    Urgency,
}
