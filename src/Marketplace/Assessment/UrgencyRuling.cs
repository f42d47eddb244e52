namespace Charity.Marketplace.Assessment;

/// <summary>
/// Decides the urgency from the most urgent level down: critical, high, low, and normal when nothing else
/// applies. Each level only gets more likely as a score rises, except low, which only gets less likely,
/// so raising a score never lowers the urgency.
/// </summary>
internal static class UrgencyRuling
{
    public static (Urgency Urgency, IReadOnlyList<UrgencyReason> Reasons) Decide(IndicatorScores scores, decimal hardshipIndex, AssessmentRules rules)
    {
        var critical = CriticalReasons(scores, rules.CriticalConditions);
        if (critical.Count > 0)
        {
            return (Urgency.Critical, critical);
        }

        var high = HighReasons(scores, hardshipIndex, rules.HighUrgency);
        if (high.Count > 0)
        {
            return (Urgency.High, high);
        }

        var low = rules.LowUrgency;
        var indexIsLow = hardshipIndex < low.IndexBelow;
        var aboveLowMaximum = Scored(scores, IndicatorCatalog.Indicators.Select(i => i.Number), score => score > low.HighestScoreAtMost);
        if (indexIsLow && aboveLowMaximum.Count == 0)
        {
            return (Urgency.Low,
            [
                new(UrgencyReasonKind.IndexBelowLowThreshold, [], low.IndexBelow),
                new(UrgencyReasonKind.NoScoreAboveLowMaximum, [], low.HighestScoreAtMost),
            ]);
        }

        List<UrgencyReason> notLow = [];
        if (!indexIsLow)
        {
            notLow.Add(new(UrgencyReasonKind.IndexNotBelowLowThreshold, [], low.IndexBelow));
        }

        if (aboveLowMaximum.Count > 0)
        {
            notLow.Add(new(UrgencyReasonKind.ScoreAboveLowMaximum, aboveLowMaximum, low.HighestScoreAtMost));
        }

        return (Urgency.Normal, notLow);
    }

    private static List<UrgencyReason> CriticalReasons(IndicatorScores scores, IReadOnlyList<CriticalCondition> conditions) =>
    [
        .. conditions
            .Where(c => c.IsMetBy(scores))
            .Select(c => new UrgencyReason(UrgencyReasonKind.CriticalCondition, Scored(scores, c.AllOf.Select(t => t.Indicator), _ => true))),
    ];

    private static List<UrgencyReason> HighReasons(IndicatorScores scores, decimal hardshipIndex, HighUrgencyRule rule)
    {
        List<UrgencyReason> reasons = [];
        if (hardshipIndex >= rule.IndexAtLeast)
        {
            reasons.Add(new(UrgencyReasonKind.IndexAtOrAboveHighThreshold, [], rule.IndexAtLeast));
        }

        foreach (var code in rule.SevereScoreDimensions.Distinct(StringComparer.Ordinal))
        {
            var dimension = IndicatorCatalog.FindDimension(code)!;
            var severe = Scored(scores, dimension.Indicators.Select(i => i.Number), score => score >= rule.SevereScore);
            if (severe.Count > 0)
            {
                reasons.Add(new(UrgencyReasonKind.SevereScoreInDimension, severe, rule.SevereScore, code));
            }
        }

        return reasons;
    }

    private static List<ScoredIndicator> Scored(IndicatorScores scores, IEnumerable<int> indicators, Func<int, bool> keep) =>
        [.. indicators.Select(i => new ScoredIndicator(i, scores[i])).Where(s => keep(s.Score))];
}
