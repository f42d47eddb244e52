namespace Charity.Marketplace.Assessment;

/// <summary>
/// The settings of the needs assessment that an Admin may change: weights, urgency rules, response times,
/// service suggestions and the reassessment interval. Immutable; change it with <c>with</c> and check the
/// result with <see cref="Validate"/> before saving. Serialises with System.Text.Json.
/// </summary>
public sealed partial record AssessmentRules
{
    /// <summary>The weight of each dimension, by dimension code; every indicator of a dimension carries its weight.</summary>
    public required IReadOnlyDictionary<string, decimal> DimensionWeights { get; init => field = ValueMap.Of(value); }

    /// <summary>Any one of these conditions makes an assessment critical.</summary>
    public required IReadOnlyList<CriticalCondition> CriticalConditions { get; init => field = ValueList.Of(value); }

    public required HighUrgencyRule HighUrgency { get; init; }

    public required LowUrgencyRule LowUrgency { get; init; }

    public required ResponseTimes ResponseTimes { get; init; }

    public required IReadOnlyList<SuggestionRule> Suggestions { get; init => field = ValueList.Of(value); }

    public required int ReassessmentIntervalMonths { get; init; }

    /// <summary>The weight of the dimension an indicator belongs to.</summary>
    public decimal WeightOf(int indicator) =>
        DimensionWeights.TryGetValue(IndicatorCatalog.DimensionOf(indicator).Code, out var weight) ? weight : 0m;

    public DateTimeOffset ReassessmentDue(DateTimeOffset assessedAt) => assessedAt.AddMonths(ReassessmentIntervalMonths);

    /// <summary>What is wrong with these settings, in words an Admin can act on; empty when they can be used.</summary>
    public IReadOnlyList<AssessmentRulesProblem> Validate() => AssessmentRulesValidator.Validate(this);
}
