namespace Charity.Marketplace.Assessment;

/// <summary>A combination of scores that makes an assessment critical when every one of its thresholds holds.</summary>
public sealed record CriticalCondition(IReadOnlyList<IndicatorThreshold> AllOf)
{
    public IReadOnlyList<IndicatorThreshold> AllOf { get; init => field = ValueList.Of(value); } = ValueList.Of(AllOf);

    // An empty condition would hold for everyone; Validate reports it, and it never holds here.
    public bool IsMetBy(IndicatorScores scores) => AllOf.Count > 0 && AllOf.All(t => t.IsMetBy(scores));
}
