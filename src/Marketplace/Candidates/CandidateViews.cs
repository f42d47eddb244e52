using Charity.Marketplace.Assessment;
using Charity.Marketplace.Localization;
using Charity.Matching.Scoring;

namespace Charity.Marketplace.Candidates;

/// <summary>An offer ranked for a need, with distance shown as "about N km" and every term of its score.</summary>
public sealed record OfferCandidateView(Guid OfferId, LocalizedText OfferTitle, string OrganisationName, string ServiceItemCode, int AboutKm, double Score, double Utility, IReadOnlyList<ScoreTerm> Terms);

/// <summary>One proposal of a batch plan, as the bureau reviews it before applying.</summary>
public sealed record PlannedReferral(Guid NeedId, string FileNumber, string ServiceItemCode, Urgency Urgency, Guid OfferId, LocalizedText OfferTitle, string OrganisationName, double Utility);

/// <summary>
/// The optimal assignment of all open needs to offers beside the greedy one: the gain is what optimising buys over
/// taking the best pair first.
/// </summary>
public sealed record BatchPlan(
    IReadOnlyList<PlannedReferral> Proposals,
    int OpenNeeds,
    int Offers,
    int EligiblePairs,
    double OptimalUtility,
    double GreedyUtility,
    int GreedyAssigned)
{
    /// <summary>Utility gained over greedy, in per cent (0 when greedy found nothing).</summary>
    public double GainPercent => GreedyUtility > 0 ? (OptimalUtility - GreedyUtility) / GreedyUtility * 100 : 0;
}
