namespace Charity.Marketplace.Assessment;

/// <summary>Turns the 52 scores of an assessment into a hardship index, an urgency and suggested services.</summary>
public static class AssessmentScorer
{
    public static AssessmentResult Score(IndicatorScores scores, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(rules);
        var problems = rules.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The assessment rules cannot be used: {string.Join(" ", problems.Select(p => p.Message.EnUs))}",
                nameof(rules));
        }

        var index = HardshipIndex(scores, rules);
        var (urgency, reasons) = UrgencyRuling.Decide(scores, index, rules);
        return new AssessmentResult(
            index,
            urgency,
            reasons,
            rules.ResponseTimes.For(urgency),
            ServiceSuggester.Suggest(scores, rules.Suggestions),
            DimensionScores(scores));
    }

    /// <summary>100 × Σ wᵢsᵢ / Σ 3wᵢ over all indicators, wᵢ the weight of indicator i's dimension; one decimal.</summary>
    public static decimal HardshipIndex(IndicatorScores scores, AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(rules);
        decimal weighted = 0m, maximum = 0m;
        for (var indicator = 1; indicator <= IndicatorCatalog.IndicatorCount; indicator++)
        {
            var weight = rules.WeightOf(indicator);
            weighted += weight * scores[indicator];
            maximum += weight * IndicatorScores.MaximumScore;
        }

        return maximum > 0m
            ? Percent(weighted, maximum)
            : throw new ArgumentException("No dimension has a weight above zero.", nameof(rules));
    }

    public static IReadOnlyList<DimensionScore> DimensionScores(IndicatorScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return
        [
            .. IndicatorCatalog.Dimensions.Select(dimension =>
            {
                var points = dimension.Indicators.Sum(i => scores[i.Number]);
                var maximum = dimension.Indicators.Count * IndicatorScores.MaximumScore;
                return new DimensionScore(dimension.Code, points, maximum, Percent(points, maximum));
            }),
        ];
    }

    private static decimal Percent(decimal part, decimal whole) =>
        Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
