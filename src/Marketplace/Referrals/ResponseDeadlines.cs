using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Referrals;

/// <summary>How long a provider has to answer a proposed referral, by the need's urgency (DOMAIN: 24 h, 72 h, 7 d, 30 d).</summary>
public static class ResponseDeadlines
{
    public static TimeSpan For(Urgency urgency) => urgency switch
    {
        Urgency.Critical => TimeSpan.FromHours(24),
        Urgency.High => TimeSpan.FromHours(72),
        Urgency.Normal => TimeSpan.FromDays(7),
        Urgency.Low => TimeSpan.FromDays(30),
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency."),
    };
}
