namespace Charity.Matching.Model;

/// <summary>
/// A provider's track record: the share of referrals it accepted (0–1) and the mean satisfaction of its completed
/// referrals (1–5); either is null while there is no history, and the scoring policy's prior stands in.
/// </summary>
public readonly record struct ProviderReliability
{
    public ProviderReliability(double? acceptanceRate, double? meanSatisfaction)
    {
        if (acceptanceRate is { } rate && !(rate is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(acceptanceRate), rate, "The acceptance rate lies between 0 and 1.");
        }

        if (meanSatisfaction is { } satisfaction && !(satisfaction is >= 1 and <= 5))
        {
            throw new ArgumentOutOfRangeException(nameof(meanSatisfaction), satisfaction, "Mean satisfaction lies between 1 and 5.");
        }

        AcceptanceRate = acceptanceRate;
        MeanSatisfaction = meanSatisfaction;
    }

    /// <summary>No history yet.</summary>
    public static ProviderReliability Unknown => default;

    public double? AcceptanceRate { get; }

    public double? MeanSatisfaction { get; }
}
