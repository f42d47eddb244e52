using Charity.Matching.Model;

namespace Charity.Matching.Scoring;

/// <summary>
/// Scores an offer for a need.
/// <para>
/// score = itemFit × distanceDecay × offerStrength, where
/// itemFit = 1 for the need's own item, <see cref="ScoringPolicy.SameCategoryFit"/> for another item of its
/// category (0 otherwise, and ineligible);
/// distanceDecay = 1 − d / r for the haversine distance d from the offer to the need's approximate location and the
/// offer's radius r (1 at the door, 0 at the edge; outside the radius the pair is ineligible);
/// offerStrength = capacityFactor × reliability, with capacityFactor = c / (c + h) for c places left and
/// h = <see cref="ScoringPolicy.CapacityHalfSaturation"/>, and reliability = f + (1 − f) × (a + (s − 1) / 4) / 2 for the
/// floor f, acceptance rate a and mean satisfaction s (policy priors while the provider has no history).
/// </para>
/// <para>
/// utility = score × priorityWeight, with priorityWeight = urgencyWeight × (0.5 + hardshipIndex / 100): ranks needs for
/// an offer and is what batch assignment maximises. Every factor lies in [0, 1] except the weight, so an upper
/// bound of each factor bounds the score: the index prunes with that.
/// </para>
/// </summary>
public sealed class Scorer
{
    public Scorer(ScoringPolicy? policy = null)
    {
        Policy = policy ?? ScoringPolicy.Default;
        Policy.Validate();
    }

    public ScoringPolicy Policy { get; }

    /// <summary>1 for the same item, the same-category fit for a sibling item, else 0.</summary>
    public double ItemFit(ServiceItem offered, ServiceItem needed) =>
        string.Equals(offered.Code, needed.Code, StringComparison.Ordinal) ? 1.0
        : Eligibility.SameCategory(offered, needed) ? Policy.SameCategoryFit
        : 0.0;

    /// <summary>The best fit of <paramref name="item"/> to any of <paramref name="skills"/>, as for a volunteer with several skills.</summary>
    public double BestItemFit(ServiceItem item, IEnumerable<ServiceItem> skills)
    {
        ArgumentNullException.ThrowIfNull(skills);
        return skills.Aggregate(0.0, (best, skill) => Math.Max(best, ItemFit(skill, item)));
    }

    /// <summary>1 − d / r within the radius, 0 beyond it.</summary>
    public static double DistanceDecay(double distanceKm, double radiusKm) =>
        Eligibility.IsWithinRadius(distanceKm, radiusKm) ? 1.0 - distanceKm / radiusKm : 0.0;

    /// <summary>c / (c + h): rises from 0 with no place left towards 1.</summary>
    public double CapacityFactor(int capacityLeft) =>
        capacityLeft <= 0 ? 0.0 : capacityLeft / (capacityLeft + Policy.CapacityHalfSaturation);

    /// <summary>f + (1 − f) × (acceptance + normalised satisfaction) / 2.</summary>
    public double Reliability(ProviderReliability record)
    {
        var acceptance = record.AcceptanceRate ?? Policy.PriorAcceptanceRate;
        var satisfaction = ((record.MeanSatisfaction ?? Policy.PriorSatisfaction) - 1) / 4;
        return Policy.ReliabilityFloor + (1 - Policy.ReliabilityFloor) * (acceptance + satisfaction) / 2;
    }

    /// <summary>The part of the score that depends on the offer alone: capacity factor × reliability.</summary>
    public double OfferStrength(OfferCandidate offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return CapacityFactor(offer.CapacityLeft) * Reliability(offer.Reliability);
    }

    /// <summary>urgencyWeight × (0.5 + hardshipIndex / 100).</summary>
    public double PriorityWeight(double hardshipIndex, Urgency urgency) =>
        Policy.UrgencyWeight(urgency) * (0.5 + hardshipIndex / 100);

    public double PriorityWeight(NeedCandidate need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return PriorityWeight(need.HardshipIndex, need.Urgency);
    }

    /// <summary>The utility of an eligible pair; 0 for an ineligible one.</summary>
    public double Utility(OfferCandidate offer, NeedCandidate need) => Evaluate(offer, need).Utility;

    /// <summary>Every factor of the score of <paramref name="offer"/> for <paramref name="need"/>.</summary>
    public ScoreExplanation Explain(OfferCandidate offer, NeedCandidate need)
    {
        var pair = Evaluate(offer, need);
        ScoreTerm[] terms =
        [
            new(ScoreTermKind.ItemFit, pair.ItemFit, [new(ScoreInputKind.ExactItem, pair.ItemFit == 1.0 ? 1 : 0)]),
            new(ScoreTermKind.DistanceDecay, pair.DistanceDecay, [new(ScoreInputKind.DistanceKm, pair.DistanceKm), new(ScoreInputKind.RadiusKm, offer.RadiusKm)]),
            new(ScoreTermKind.CapacityFactor, CapacityFactor(offer.CapacityLeft), [new(ScoreInputKind.CapacityLeft, offer.CapacityLeft)]),
            new(ScoreTermKind.Reliability, Reliability(offer.Reliability), ReliabilityInputs(offer.Reliability)),
            new(ScoreTermKind.PriorityWeight, pair.PriorityWeight, [new(ScoreInputKind.HardshipIndex, need.HardshipIndex), new(ScoreInputKind.Urgency, (int)need.Urgency)]),
        ];
        return new ScoreExplanation(pair.Failures, pair.Score, pair.PriorityWeight, pair.Utility, terms);
    }

    /// <summary>Scores a pair without allocating: the plain scan's inner loop.</summary>
    internal PairScore Evaluate(OfferCandidate offer, NeedCandidate need)
    {
        var failures = Eligibility.Check(offer, need);
        var distanceKm = offer.Location.DistanceKmTo(need.ApproximateLocation);
        var fit = ItemFit(offer.Item, need.Item);
        var decay = DistanceDecay(distanceKm, offer.RadiusKm);
        var weight = PriorityWeight(need);
        var score = failures == EligibilityFailures.None ? Combine(fit, decay, OfferStrength(offer)) : 0;
        return new PairScore(failures, distanceKm, fit, decay, score, weight, Utility(score, weight));
    }

    /// <summary>The one place the factors are multiplied, in this order, so the index and a plain scan agree to the last bit.</summary>
    internal static double Combine(double itemFit, double distanceDecay, double offerStrength) => itemFit * distanceDecay * offerStrength;

    internal static double Utility(double score, double priorityWeight) => score * priorityWeight;

    private ScoreInput[] ReliabilityInputs(ProviderReliability record) =>
    [
        record.AcceptanceRate is { } rate ? new(ScoreInputKind.AcceptanceRate, rate) : new(ScoreInputKind.PriorAcceptanceRate, Policy.PriorAcceptanceRate),
        record.MeanSatisfaction is { } mean ? new(ScoreInputKind.MeanSatisfaction, mean) : new(ScoreInputKind.PriorSatisfaction, Policy.PriorSatisfaction),
    ];
}
