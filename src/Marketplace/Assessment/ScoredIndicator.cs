namespace Charity.Marketplace.Assessment;

/// <summary>An indicator and the score it received, as quoted in urgency reasons and suggestions.</summary>
public sealed record ScoredIndicator(int Indicator, int Score);
