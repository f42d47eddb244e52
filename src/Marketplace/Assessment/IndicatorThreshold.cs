namespace Charity.Marketplace.Assessment;

/// <summary>Holds when the indicator scores at least <paramref name="MinimumScore"/>.</summary>
public sealed record IndicatorThreshold(int Indicator, int MinimumScore)
{
    public bool IsMetBy(IndicatorScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores[Indicator] >= MinimumScore;
    }
}
