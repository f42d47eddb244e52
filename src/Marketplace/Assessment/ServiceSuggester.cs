namespace Charity.Marketplace.Assessment;

/// <summary>
/// Applies the suggestion rules. Several rules may name the same service item; their triggering indicators
/// are merged. Items come strongest triggering score first, then by the lowest-numbered indicator with that
/// score, then by code, so the order is the same for the same scores.
/// </summary>
internal static class ServiceSuggester
{
    public static IReadOnlyList<ServiceSuggestion> Suggest(IndicatorScores scores, IReadOnlyList<SuggestionRule> rules)
    {
        var triggersByItem = new Dictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var indicator in rule.Indicators.Where(i => scores[i] >= rule.MinimumScore))
            {
                if (!triggersByItem.TryGetValue(rule.ServiceItemCode, out var triggers))
                {
                    triggersByItem[rule.ServiceItemCode] = triggers = [];
                }

                triggers[indicator] = scores[indicator];
            }
        }

        return
        [
            .. triggersByItem
                .Select(item => new ServiceSuggestion(item.Key, [.. item.Value.Select(t => new ScoredIndicator(t.Key, t.Value))]))
                .OrderByDescending(s => s.StrongestScore)
                .ThenBy(s => s.TriggeredBy.First(t => t.Score == s.StrongestScore).Indicator)
                .ThenBy(s => s.ServiceItemCode, StringComparer.Ordinal),
        ];
    }
}
