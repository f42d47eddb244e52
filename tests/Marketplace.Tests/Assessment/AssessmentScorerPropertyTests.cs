using CsCheck;
using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Tests.Assessment;

public sealed class AssessmentScorerPropertyTests
{
    private const long Iterations = 2_000;

    private static readonly AssessmentRules Rules = AssessmentRules.Default;

    private static readonly Gen<IndicatorScores> AnyScores = Gen.Int[0, 3].Array[IndicatorCatalog.IndicatorCount].Select(IndicatorScores.FromArray);

    // Weights 0.0 to 3.0 in tenths, at least one above zero.
    private static readonly Gen<AssessmentRules> AnyWeights = Gen.Int[0, 30].Array[IndicatorCatalog.Dimensions.Count]
        .Where(tenths => tenths.Any(t => t > 0))
        .Select(tenths => Rules with
        {
            DimensionWeights = IndicatorCatalog.Dimensions.Select((d, i) => (d.Code, Weight: tenths[i] / 10m)).ToDictionary(w => w.Code, w => w.Weight),
        });

    [Fact]
    public void Index_IsAlwaysWithin0To100() =>
        Gen.Select(AnyScores, AnyWeights).Sample((scores, rules) =>
        {
            var result = AssessmentScorer.Score(scores, rules);
            return result.HardshipIndex is >= 0m and <= 100m
                && result.Band.Contains(result.HardshipIndex)
                && result.DimensionScores.All(d => d.Score is >= 0m and <= 100m);
        }, iter: Iterations);

    [Fact]
    public void RaisingOneScore_NeverLowersTheIndexOrTheUrgency() =>
        Gen.Select(AnyScores, Gen.Int[1, IndicatorCatalog.IndicatorCount], Gen.Int[0, 3], AnyWeights).Sample((scores, indicator, raiseTo, rules) =>
        {
            var raised = scores.With(indicator, Math.Max(scores[indicator], raiseTo));
            var before = AssessmentScorer.Score(scores, rules);
            var after = AssessmentScorer.Score(raised, rules);
            return after.HardshipIndex >= before.HardshipIndex && after.Urgency >= before.Urgency;
        }, iter: Iterations);

    [Fact]
    public void Suggestions_OnlyItemsWhoseTriggersReachTheirThreshold() =>
        AnyScores.Sample(scores =>
        {
            var suggestions = AssessmentScorer.Score(scores, Rules).Suggestions;
            foreach (var suggestion in suggestions)
            {
                var rules = Rules.Suggestions.Where(r => r.ServiceItemCode == suggestion.ServiceItemCode).ToList();
                Assert.NotEmpty(suggestion.TriggeredBy);
                Assert.All(suggestion.TriggeredBy, trigger =>
                {
                    Assert.Equal(scores[trigger.Indicator], trigger.Score);
                    Assert.Contains(rules, r => r.Indicators.Contains(trigger.Indicator) && trigger.Score >= r.MinimumScore);
                });
            }

            Assert.Equal(suggestions.Count, suggestions.Select(s => s.ServiceItemCode).Distinct().Count());
            Assert.True(suggestions.Zip(suggestions.Skip(1)).All(pair => pair.First.StrongestScore >= pair.Second.StrongestScore));
        }, iter: Iterations);

    [Fact]
    public void Suggestions_IncludeEveryItemWhoseTriggerReachesItsThreshold() =>
        AnyScores.Sample(scores =>
        {
            var suggested = AssessmentScorer.Score(scores, Rules).Suggestions.ToDictionary(s => s.ServiceItemCode);
            foreach (var rule in Rules.Suggestions)
            {
                foreach (var indicator in rule.Indicators.Where(i => scores[i] >= rule.MinimumScore))
                {
                    Assert.Contains(new ScoredIndicator(indicator, scores[indicator]), suggested[rule.ServiceItemCode].TriggeredBy);
                }
            }
        }, iter: Iterations);

    [Fact]
    public void StorageString_RoundTrips() =>
        AnyScores.Sample(scores => IndicatorScores.Parse(scores.ToStorageString()) == scores, iter: Iterations);
}
