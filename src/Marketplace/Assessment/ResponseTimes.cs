namespace Charity.Marketplace.Assessment;

/// <summary>How long a provider has to respond to a need of each urgency.</summary>
public sealed record ResponseTimes(TimeSpan Critical, TimeSpan High, TimeSpan Normal, TimeSpan Low)
{
    public TimeSpan For(Urgency urgency) => urgency switch
    {
        Urgency.Critical => Critical,
        Urgency.High => High,
        Urgency.Normal => Normal,
        Urgency.Low => Low,
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency."),
    };
}
