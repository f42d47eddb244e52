using MarketplaceUrgency = Charity.Marketplace.Assessment.Urgency;
using MatchingUrgency = Charity.Matching.Model.Urgency;

namespace Charity.Marketplace.Candidates;

/// <summary>The assessment's urgency in the matching engine's terms: the same four levels, matched by meaning, not by number.</summary>
internal static class MatchingUrgencies
{
    public static MatchingUrgency Of(MarketplaceUrgency urgency) => urgency switch
    {
        MarketplaceUrgency.Critical => MatchingUrgency.Critical,
        MarketplaceUrgency.High => MatchingUrgency.High,
        MarketplaceUrgency.Normal => MatchingUrgency.Normal,
        MarketplaceUrgency.Low => MatchingUrgency.Low,
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency."),
    };
}
