namespace Charity.Marketplace.Assessment;

/// <summary>A service item the assessment suggests, with the indicators (in number order) that triggered it.</summary>
public sealed record ServiceSuggestion(string ServiceItemCode, IReadOnlyList<ScoredIndicator> TriggeredBy)
{
    public IReadOnlyList<ScoredIndicator> TriggeredBy { get; init => field = ValueList.Of(value); } = ValueList.Of(TriggeredBy);

    public int StrongestScore => TriggeredBy.Count == 0 ? 0 : TriggeredBy.Max(t => t.Score);
}
