using Charity.Matching.Model;

namespace Charity.Matching.Scoring;

/// <summary>
/// The tunable numbers of <see cref="Scorer"/>, defaulted as in the domain notes; an administrator may change them.
/// </summary>
public sealed record ScoringPolicy
{
    /// <summary>The defaults.</summary>
    public static ScoringPolicy Default { get; } = new();

    /// <summary>Item fit of an offer of another item of the need's category (an exact item fits 1).</summary>
    public double SameCategoryFit { get; init; } = 0.6;

    /// <summary>The capacity left at which the capacity factor is one half.</summary>
    public double CapacityHalfSaturation { get; init; } = 1.0;

    /// <summary>The reliability of the least reliable provider imaginable; the best is 1.</summary>
    public double ReliabilityFloor { get; init; } = 0.5;

    /// <summary>Stands in for the acceptance rate of a provider without referrals yet.</summary>
    public double PriorAcceptanceRate { get; init; } = 0.8;

    /// <summary>Stands in for the mean satisfaction of a provider without completed referrals yet.</summary>
    public double PriorSatisfaction { get; init; } = 4.0;

    public double CriticalWeight { get; init; } = 2.0;

    public double HighWeight { get; init; } = 1.5;

    public double NormalWeight { get; init; } = 1.0;

    public double LowWeight { get; init; } = 0.75;

    internal double UrgencyWeight(Urgency urgency) => urgency switch
    {
        Urgency.Critical => CriticalWeight,
        Urgency.High => HighWeight,
        Urgency.Normal => NormalWeight,
        _ => LowWeight,
    };

    internal void Validate()
    {
        if (!(SameCategoryFit is > 0 and <= 1) || !(CapacityHalfSaturation > 0) || !(ReliabilityFloor is > 0 and <= 1)
            || !(PriorAcceptanceRate is >= 0 and <= 1) || !(PriorSatisfaction is >= 1 and <= 5)
            || !(LowWeight > 0 && NormalWeight >= LowWeight && HighWeight >= NormalWeight && CriticalWeight >= HighWeight))
        {
            throw new ArgumentException("The scoring policy holds a value out of range.");
        }
    }
}
