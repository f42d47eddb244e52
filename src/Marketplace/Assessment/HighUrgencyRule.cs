namespace Charity.Marketplace.Assessment;

/// <summary>
/// High urgency: the hardship index reaches <paramref name="IndexAtLeast"/>, or an indicator of one of
/// <paramref name="SevereScoreDimensions"/> scores at least <paramref name="SevereScore"/>.
/// </summary>
public sealed record HighUrgencyRule(decimal IndexAtLeast, IReadOnlyList<string> SevereScoreDimensions, int SevereScore)
{
    public IReadOnlyList<string> SevereScoreDimensions { get; init => field = ValueList.Of(value); } = ValueList.Of(SevereScoreDimensions);
}
