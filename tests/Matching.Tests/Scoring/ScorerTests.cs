using Charity.Matching.Model;
using Charity.Matching.Scoring;
using static Charity.Matching.Tests.Scoring.EligibilityTests;

namespace Charity.Matching.Tests.Scoring;

public sealed class ScorerTests
{
    private static readonly Scorer Scorer = new();

    [Fact]
    public void ItemFit_SameItem_IsOne() => Assert.Equal(1.0, Scorer.ItemFit(new("LIV-MEAL", "LIV"), new("LIV-MEAL", "LIV")));

    [Fact]
    public void ItemFit_SiblingItem_IsTheSameCategoryFit() => Assert.Equal(0.6, Scorer.ItemFit(new("LIV-ERRAND", "LIV"), new("LIV-MEAL", "LIV")));

    [Fact]
    public void ItemFit_OtherCategory_IsZero() => Assert.Equal(0.0, Scorer.ItemFit(new("HLT-MEDS", "HLT"), new("LIV-MEAL", "LIV")));

    [Fact]
    public void DistanceDecay_HalfTheRadius_IsOneHalf() => Assert.Equal(0.5, Scorer.DistanceDecay(2.5, 5));

    [Fact]
    public void DistanceDecay_BeyondTheRadius_IsZero() => Assert.Equal(0.0, Scorer.DistanceDecay(5.1, 5));

    [Fact]
    public void CapacityFactor_OnePlaceLeft_IsOneHalf() => Assert.Equal(0.5, Scorer.CapacityFactor(1));

    [Fact]
    public void Reliability_PerfectRecord_IsOne() => Assert.Equal(1.0, Scorer.Reliability(new ProviderReliability(1, 5)));

    [Fact]
    public void Reliability_NoHistory_UsesThePriors() => Assert.Equal(0.5 + 0.5 * (0.8 + 0.75) / 2, Scorer.Reliability(ProviderReliability.Unknown));

    [Fact]
    public void PriorityWeight_SameHardship_RanksCriticalAboveHighAboveNormalAboveLow()
    {
        var weights = Enum.GetValues<Urgency>().Select(u => Scorer.PriorityWeight(50, u)).ToArray();

        Assert.Equal(weights.OrderByDescending(w => w), weights);
        Assert.Equal(weights.Length, weights.Distinct().Count());
    }

    [Fact]
    public void PriorityWeight_HigherHardship_WeighsMore() => Assert.True(Scorer.PriorityWeight(80, Urgency.Normal) > Scorer.PriorityWeight(40, Urgency.Normal));

    [Fact]
    public void Explain_EligiblePair_ScoreIsTheProductOfItsTerms()
    {
        var explanation = Scorer.Explain(Offer(), Need());
        var product = explanation.Terms.Where(t => t.Kind != ScoreTermKind.PriorityWeight).Aggregate(1.0, (p, t) => p * t.Value);

        Assert.Equal(product, explanation.Score, 12);
    }

    [Fact]
    public void Explain_EligiblePair_UtilityIsScoreTimesPriorityWeight()
    {
        var explanation = Scorer.Explain(Offer(), Need());

        Assert.Equal(explanation.Score * explanation.PriorityWeight, explanation.Utility);
    }

    [Fact]
    public void Explain_DistanceTerm_CarriesDistanceAndRadiusAsInputs()
    {
        var term = Scorer.Explain(Offer(radiusKm: 5), Need(northKm: 2)).Terms.Single(t => t.Kind == ScoreTermKind.DistanceDecay);

        Assert.Equal([ScoreInputKind.DistanceKm, ScoreInputKind.RadiusKm], term.Inputs.Select(i => i.Kind));
        Assert.Equal(2, term.Inputs[0].Value, 3);
    }

    [Fact]
    public void Explain_ProviderWithoutHistory_NamesThePriorsAsInputs()
    {
        var offer = Offer();
        var unknown = new OfferCandidate(offer.Id, offer.Item, offer.Location, offer.RadiusKm, offer.CapacityLeft, offer.Schedule, offer.AllowedCategories, ProviderReliability.Unknown);
        var term = Scorer.Explain(unknown, Need()).Terms.Single(t => t.Kind == ScoreTermKind.Reliability);

        Assert.Equal([ScoreInputKind.PriorAcceptanceRate, ScoreInputKind.PriorSatisfaction], term.Inputs.Select(i => i.Kind));
    }

    [Fact]
    public void Explain_IneligiblePair_ScoresZeroWithItsFailures()
    {
        var explanation = Scorer.Explain(Offer(radiusKm: 1), Need(northKm: 2));

        Assert.Equal((0.0, EligibilityFailures.OutsideRadius), (explanation.Score, explanation.Failures));
    }
}
