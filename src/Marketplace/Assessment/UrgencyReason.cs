namespace Charity.Marketplace.Assessment;

/// <summary>
/// Why an assessment got its urgency, as data for the portal to word in either language:
/// the rule, the indicators involved with their scores, the threshold compared against (a hardship
/// index or a score, depending on the kind) and, for dimension rules, the dimension code.
/// </summary>
public sealed record UrgencyReason(
    UrgencyReasonKind Kind,
    IReadOnlyList<ScoredIndicator> Indicators,
    decimal? Threshold = null,
    string? DimensionCode = null)
{
    public IReadOnlyList<ScoredIndicator> Indicators { get; init => field = ValueList.Of(value); } = ValueList.Of(Indicators);
}
