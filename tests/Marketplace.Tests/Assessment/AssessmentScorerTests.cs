using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Tests.Assessment;

/// <summary>
/// Worked examples. With the default weights the denominator of the hardship index is
/// Σ 3wᵢ = 3 × (6×1.0 + 8×1.5 + 7×1.2 + 6×1.0 + 7×1.5 + 6×0.8 + 6×0.8 + 6×1.0) = 3 × 58.5 = 175.5.
/// </summary>
public sealed class AssessmentScorerTests
{
    private static readonly AssessmentRules Rules = AssessmentRules.Default;

    [Fact]
    public void LivingAloneBedriddenUnableToEat_IsCriticalWithMealsNursingAndPersonalCare()
    {
        // 1 lives alone = 3, 14 bedridden = 3, 28 eating = 3, 29 bathing = 3. A bedridden person is usually also
        // scored on 10 (loss of daily-living ability); leaving it out keeps the DOMAIN example minimal.
        // Σ wᵢsᵢ = 3×1.0 + 3×1.5 + 3×1.5 + 3×1.5 = 16.5 → 100 × 16.5 / 175.5 = 9.40… → 9.4
        var result = AssessmentScorer.Score(Scores.Of((1, 3), (14, 3), (28, 3), (29, 3)), Rules);

        Assert.Equal(9.4m, result.HardshipIndex);
        Assert.Equal(Urgency.Critical, result.Urgency);
        var reason = Assert.Single(result.UrgencyReasons);
        Assert.Equal(new UrgencyReason(UrgencyReasonKind.CriticalCondition, [new(14, 3), new(1, 3)]), reason);
        Assert.Equal(TimeSpan.FromHours(24), result.RespondWithin);

        // All three triggered at 3, so by indicator: 14 → HLT-REHAB, 28 → LIV-MEAL, 29 → CLN-PERSONAL.
        Assert.Equal(["HLT-REHAB", "LIV-MEAL", "CLN-PERSONAL"], result.SuggestedServiceItemCodes);
        Assert.Equal([new ScoredIndicator(14, 3)], result.Suggestions[0].TriggeredBy);
    }

    [Fact]
    public void LivingAloneBedriddenUnableToEat_DimensionScores()
    {
        // Household 3/18 = 16.66… → 16.7; health 3/24 = 12.5; daily living 6/21 = 28.57… → 28.6.
        var result = AssessmentScorer.Score(Scores.Of((1, 3), (14, 3), (28, 3), (29, 3)), Rules);

        Assert.Equal(
            [
                new DimensionScore("HOUSEHOLD", 3, 18, 16.7m),
                new DimensionScore("HEALTH", 3, 24, 12.5m),
                new DimensionScore("INCOME", 0, 21, 0m),
                new DimensionScore("HOUSING", 0, 18, 0m),
                new DimensionScore("DAILY_LIVING", 6, 21, 28.6m),
                new DimensionScore("EDUCATION", 0, 18, 0m),
                new DimensionScore("EMPLOYMENT", 0, 18, 0m),
                new DimensionScore("SOCIAL_SUPPORT", 0, 18, 0m),
            ],
            result.DimensionScores);
    }

    [Fact]
    public void AllZeros_IndexZeroAndLow()
    {
        var result = AssessmentScorer.Score(IndicatorScores.None, Rules);

        Assert.Equal(0m, result.HardshipIndex);
        Assert.Equal(Urgency.Low, result.Urgency);
        Assert.Equal(
            [
                new UrgencyReason(UrgencyReasonKind.IndexBelowLowThreshold, [], 20m),
                new UrgencyReason(UrgencyReasonKind.NoScoreAboveLowMaximum, [], 1m),
            ],
            result.UrgencyReasons);
        Assert.Equal(TimeSpan.FromDays(30), result.RespondWithin);
        Assert.Empty(result.Suggestions);
        Assert.Equal(new HardshipBand(), result.Band);
    }

    [Fact]
    public void AllThrees_Index100AndCriticalByEveryCondition()
    {
        var result = AssessmentScorer.Score(Scores.All(3), Rules);

        Assert.Equal(100m, result.HardshipIndex);
        Assert.Equal(Urgency.Critical, result.Urgency);
        Assert.Equal(
            [[new(52, 3)], [new(14, 3), new(1, 3)], [new(27, 3)], [new ScoredIndicator(19, 3)]],
            result.UrgencyReasons.Select(r => r.Indicators));
        Assert.All(result.DimensionScores, d => Assert.Equal(100m, d.Score));
        Assert.Equal("80–100", result.Band.ToString());
    }

    [Fact]
    public void AllThrees_SuggestsEveryItemByItsLowestIndicator() =>
        // Every trigger scores 3, so the order is that of each item's lowest triggering indicator:
        // 10, 13, 22, 25, 28, 29, 31, 32, 33, 36, 38, 47, 48, 51.
        Assert.Equal(
            ["HLT-REHAB", "HLT-ESCORT", "LIV-REPAIR", "RES-ACCESS", "LIV-MEAL", "CLN-PERSONAL", "LIV-ERRAND",
             "HLT-MEDS", "CLN-HOME", "SUP-TUTOR", "SUP-SKILLS", "SUP-VISIT", "SUP-COUNSEL", "RES-POLICY"],
            AssessmentScorer.Score(Scores.All(3), Rules).SuggestedServiceItemCodes);

    [Fact]
    public void SingleSevereHealthIndicator_IsHigh()
    {
        // 7 serious illness = 3: Σ = 3 × 1.5 = 4.5 → 100 × 4.5 / 175.5 = 2.56… → 2.6
        var result = AssessmentScorer.Score(Scores.Of((7, 3)), Rules);

        Assert.Equal(2.6m, result.HardshipIndex);
        Assert.Equal(Urgency.High, result.Urgency);
        Assert.Equal(
            [new UrgencyReason(UrgencyReasonKind.SevereScoreInDimension, [new(7, 3)], 3m, "HEALTH")],
            result.UrgencyReasons);
        Assert.Equal(TimeSpan.FromHours(72), result.RespondWithin);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void SevereInHealthAndDailyLiving_GivesOneReasonPerDimension()
    {
        var result = AssessmentScorer.Score(Scores.Of((8, 3), (11, 3), (34, 3), (30, 2)), Rules);

        Assert.Equal(Urgency.High, result.Urgency);
        Assert.Equal(
            [
                new UrgencyReason(UrgencyReasonKind.SevereScoreInDimension, [new(8, 3), new(11, 3)], 3m, "HEALTH"),
                new UrgencyReason(UrgencyReasonKind.SevereScoreInDimension, [new(34, 3)], 3m, "DAILY_LIVING"),
            ],
            result.UrgencyReasons);
    }

    [Fact]
    public void IndexExactlyAtSixty_IsHigh()
    {
        var result = AssessmentScorer.Score(IndexOfSixty(), Rules);

        Assert.Equal(60.0m, result.HardshipIndex);
        Assert.Equal(Urgency.High, result.Urgency);
        Assert.Equal([new UrgencyReason(UrgencyReasonKind.IndexAtOrAboveHighThreshold, [], 60m)], result.UrgencyReasons);
        Assert.Equal("60–79", result.Band.ToString());
    }

    [Fact]
    public void IndexJustBelowSixty_IsNormal()
    {
        // As IndexOfSixty without the health score: Σ = 103.8 → 100 × 103.8 / 175.5 = 59.14… → 59.1
        var result = AssessmentScorer.Score(IndexOfSixty().With(8, 0), Rules);

        Assert.Equal(59.1m, result.HardshipIndex);
        Assert.Equal(Urgency.Normal, result.Urgency);
        Assert.Equal(
            [UrgencyReasonKind.IndexNotBelowLowThreshold, UrgencyReasonKind.ScoreAboveLowMaximum],
            result.UrgencyReasons.Select(r => r.Kind));
        Assert.Equal(TimeSpan.FromDays(7), result.RespondWithin);
    }

    [Fact]
    public void RiskOfSelfHarmAtModerateAlone_IsCritical()
    {
        // 52 = 2: Σ = 2 × 1.0 = 2 → 100 × 2 / 175.5 = 1.13… → 1.1
        var result = AssessmentScorer.Score(Scores.Of((52, 2)), Rules);

        Assert.Equal(1.1m, result.HardshipIndex);
        Assert.Equal(Urgency.Critical, result.Urgency);
        Assert.Equal([new UrgencyReason(UrgencyReasonKind.CriticalCondition, [new(52, 2)])], result.UrgencyReasons);
        Assert.Equal(TimeSpan.FromHours(24), result.RespondWithin);
    }

    [Theory]
    [InlineData(27)]
    [InlineData(19)]
    public void HomelessOrMajorSuddenLoss_IsCritical(int indicator) =>
        Assert.Equal(Urgency.Critical, AssessmentScorer.Score(Scores.Of((indicator, 3)), Rules).Urgency);

    [Fact]
    public void BedriddenButNotAlone_IsHighNotCritical()
    {
        // 14 = 3 with 1 = 2: the bedridden-and-alone condition needs 1 = 3.
        var result = AssessmentScorer.Score(Scores.Of((14, 3), (1, 2)), Rules);

        Assert.Equal(Urgency.High, result.Urgency);
    }

    [Fact]
    public void MildNeedsOnly_IsLow()
    {
        // Household, housing and social support all at 1: Σ = 18 × 1.0 = 18 → 100 × 18 / 175.5 = 10.25… → 10.3
        var result = AssessmentScorer.Score(
            IndicatorScores.FromDictionary(Scores.DimensionsAt(1, "HOUSEHOLD", "HOUSING", "SOCIAL_SUPPORT")), Rules);

        Assert.Equal(10.3m, result.HardshipIndex);
        Assert.Equal(Urgency.Low, result.Urgency);
    }

    [Fact]
    public void OneModerateNeed_IsNormalEvenWithALowIndex()
    {
        // 33 housework = 2, 2 members needing care = 1: Σ = 2 × 1.5 + 1 × 1.0 = 4 → 100 × 4 / 175.5 = 2.27… → 2.3,
        // below 20, but a score above 1 rules out low.
        var result = AssessmentScorer.Score(Scores.Of((33, 2), (2, 1)), Rules);

        Assert.Equal(2.3m, result.HardshipIndex);
        Assert.Equal(Urgency.Normal, result.Urgency);
        Assert.Equal(
            [new UrgencyReason(UrgencyReasonKind.ScoreAboveLowMaximum, [new(33, 2)], 1m)],
            result.UrgencyReasons);
        Assert.Equal(["CLN-HOME"], result.SuggestedServiceItemCodes);
    }

    [Fact]
    public void AllMildWithIndexExactlyTwenty_IsNormal()
    {
        // Every indicator at 1 except health (8 × 1.5 = 12), income (7 × 1.2 = 8.4) and indicators 1-3 (3 × 1.0):
        // Σ = 58.5 − 12 − 8.4 − 3 = 35.1 → 100 × 35.1 / 175.5 = 20.0, which is not below 20.
        var scores = Scores.DimensionsAt(1, "HOUSEHOLD", "HOUSING", "DAILY_LIVING", "EDUCATION", "EMPLOYMENT", "SOCIAL_SUPPORT");
        scores[1] = scores[2] = scores[3] = 0;

        var result = AssessmentScorer.Score(IndicatorScores.FromDictionary(scores), Rules);

        Assert.Equal(20.0m, result.HardshipIndex);
        Assert.Equal(Urgency.Normal, result.Urgency);
        Assert.Equal([new UrgencyReason(UrgencyReasonKind.IndexNotBelowLowThreshold, [], 20m)], result.UrgencyReasons);
    }

    [Fact]
    public void Suggestions_StrongestScoreFirstThenIndicator_WithTheirTriggers()
    {
        // 30 walking = 2 and 13 recent hospitalisation = 3 both ask for HLT-ESCORT (strongest 3, via 13);
        // 47 isolation = 3 asks for SUP-VISIT (3, via 47); 22 unsafe dwelling = 2 for LIV-REPAIR; 28 eating = 1 is below 2.
        var result = AssessmentScorer.Score(Scores.Of((30, 2), (13, 3), (47, 3), (22, 2), (28, 1)), Rules);

        Assert.Equal(
            [
                new ServiceSuggestion("HLT-ESCORT", [new(13, 3), new(30, 2)]),
                new ServiceSuggestion("SUP-VISIT", [new(47, 3)]),
                new ServiceSuggestion("LIV-REPAIR", [new(22, 2)]),
            ],
            result.Suggestions);
        Assert.Equal(3, result.Suggestions[0].StrongestScore);
    }

    [Fact]
    public void Suggestions_RulesNamingTheSameItem_AreMerged()
    {
        var rules = Rules with { Suggestions = [new("HLT-CHECK", [8], MinimumScore: 1), new("HLT-CHECK", [7, 8], MinimumScore: 3)] };

        var result = AssessmentScorer.Score(Scores.Of((7, 3), (8, 1)), rules);

        Assert.Equal([new ServiceSuggestion("HLT-CHECK", [new(7, 3), new(8, 1)])], result.Suggestions);
    }

    [Fact]
    public void CustomWeights_ChangeTheIndexAsComputedByHand()
    {
        // 7 serious illness = 3, 15 income below the minimum = 3.
        // Default: Σ = 3×1.5 + 3×1.2 = 8.1; 100 × 8.1 / 175.5 = 4.61… → 4.6
        // Health weight 3.0: Σ = 3×3.0 + 3×1.2 = 12.6; Σ 3wᵢ = 3 × (58.5 + 8 × 1.5) = 211.5; 100 × 12.6 / 211.5 = 5.957… → 6.0
        var scores = Scores.Of((7, 3), (15, 3));
        var rules = Rules with { DimensionWeights = new Dictionary<string, decimal>(Rules.DimensionWeights) { ["HEALTH"] = 3.0m } };

        Assert.Equal(4.6m, AssessmentScorer.Score(scores, Rules).HardshipIndex);
        Assert.Equal(6.0m, AssessmentScorer.Score(scores, rules).HardshipIndex);
    }

    [Fact]
    public void ZeroWeight_LeavesADimensionOutOfTheIndex()
    {
        // Only health counts: 100 × (3 + 3 + 2) / 24 = 33.33… → 33.3; the income score is ignored.
        var weights = Rules.DimensionWeights.ToDictionary(w => w.Key, w => w.Key == "HEALTH" ? 1m : 0m);

        var result = AssessmentScorer.Score(Scores.Of((7, 3), (8, 3), (9, 2), (15, 3)), Rules with { DimensionWeights = weights });

        Assert.Equal(33.3m, result.HardshipIndex);
    }

    [Fact]
    public void HardshipIndex_MidpointRoundsAwayFromZero()
    {
        // Household weight 1 and health 1.25, the rest 0: Σ 3wᵢ = 3 × (6 × 1 + 8 × 1.25) = 48.
        // 1 = 3: 100 × 3 / 48 = 6.25 → 6.3 (to-even rounding would give 6.2).
        var weights = Rules.DimensionWeights.ToDictionary(w => w.Key, w => w.Key switch { "HOUSEHOLD" => 1m, "HEALTH" => 1.25m, _ => 0m });

        Assert.Equal(6.3m, AssessmentScorer.HardshipIndex(Scores.Of((1, 3)), Rules with { DimensionWeights = weights }));
    }

    [Fact]
    public void CustomRules_DecideAsConfigured()
    {
        // A bureau that treats dementia with serious illness as critical, high from 40, and answers critical cases in 12 h.
        var rules = Rules with
        {
            CriticalConditions = [.. Rules.CriticalConditions, new([new(7, 3), new(11, 2)])],
            HighUrgency = Rules.HighUrgency with { IndexAtLeast = 40m },
            ResponseTimes = Rules.ResponseTimes with { Critical = TimeSpan.FromHours(12) },
        };

        var critical = AssessmentScorer.Score(Scores.Of((7, 3), (11, 2)), rules);

        Assert.Equal(Urgency.Critical, critical.Urgency);
        Assert.Equal([new UrgencyReason(UrgencyReasonKind.CriticalCondition, [new(7, 3), new(11, 2)])], critical.UrgencyReasons);
        Assert.Equal(TimeSpan.FromHours(12), critical.RespondWithin);

        // Every indicator at 2 except health and daily living, and 52 at 1 (not critical):
        // Σ = 2 × (58.5 − 12 − 10.5) − 1 = 71 → 100 × 71 / 175.5 = 40.45… → 40.5, high under the lowered threshold.
        var scores = Scores.DimensionsAt(2, "HOUSEHOLD", "INCOME", "HOUSING", "EDUCATION", "EMPLOYMENT", "SOCIAL_SUPPORT");
        scores[52] = 1;
        var high = AssessmentScorer.Score(IndicatorScores.FromDictionary(scores), rules);

        Assert.Equal(40.5m, high.HardshipIndex);
        Assert.Equal(Urgency.High, high.Urgency);
        Assert.Equal(Urgency.Normal, AssessmentScorer.Score(IndicatorScores.FromDictionary(scores), Rules).Urgency);
    }

    [Fact]
    public void Score_InvalidRules_ThrowsWithTheProblems()
    {
        var rules = Rules with { ReassessmentIntervalMonths = 0 };

        var error = Assert.Throws<ArgumentException>(() => AssessmentScorer.Score(IndicatorScores.None, rules));

        Assert.Contains("reassessment interval is 0 months", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SameInput_GivesEqualResults() =>
        Assert.Equal(
            AssessmentScorer.Score(IndexOfSixty(), Rules),
            AssessmentScorer.Score(IndicatorScores.Parse(IndexOfSixty().ToStorageString()), Rules));

    /// <summary>
    /// Index exactly 60 without any critical or severe health/daily-living score: every indicator outside
    /// health and daily living at 3 (Σ 3 × 36 = 108), then 19 and 27 down to 2 (−1.2, −1.0) and 52 down to 1
    /// (−2.0) to stay clear of the critical conditions: 103.8; plus 8 chronic disease = 1 (+1.5): 105.3.
    /// 100 × 105.3 / 175.5 = 60.0 exactly.
    /// </summary>
    private static IndicatorScores IndexOfSixty()
    {
        var scores = Scores.DimensionsAt(3, "HOUSEHOLD", "INCOME", "HOUSING", "EDUCATION", "EMPLOYMENT", "SOCIAL_SUPPORT");
        scores[19] = 2;
        scores[27] = 2;
        scores[52] = 1;
        scores[8] = 1;
        return IndicatorScores.FromDictionary(scores);
    }
}
