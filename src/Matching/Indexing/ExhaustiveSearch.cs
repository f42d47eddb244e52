using Charity.Matching.Model;
using Charity.Matching.Scoring;

namespace Charity.Matching.Indexing;

/// <summary>
/// Scores every candidate: the reference the indexes must agree with, and fine for a handful of candidates.
/// </summary>
public static class ExhaustiveSearch
{
    /// <summary>What <see cref="OfferIndex.TopOffersFor"/> returns, by scoring every offer.</summary>
    public static IReadOnlyList<RankedCandidate> TopOffersFor(IEnumerable<OfferCandidate> offers, NeedCandidate need, int k, Scorer scorer)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(scorer);
        return Best(offers.Select(offer => (offer.Id, scorer.Evaluate(offer, need))), k);
    }

    /// <summary>What <see cref="NeedIndex.TopNeedsFor(OfferCandidate, int)"/> returns, by scoring every need.</summary>
    public static IReadOnlyList<RankedCandidate> TopNeedsFor(IEnumerable<NeedCandidate> needs, OfferCandidate offer, int k, Scorer scorer)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(scorer);
        return Best(needs.Select(need => (need.Id, scorer.Evaluate(offer, need))), k);
    }

    /// <summary>What <see cref="NeedIndex.TopNeedsFor(VolunteerQuery, int)"/> returns: per need, the volunteer scored with their best-fitting skill.</summary>
    public static IReadOnlyList<RankedCandidate> TopNeedsFor(IEnumerable<NeedCandidate> needs, VolunteerQuery volunteer, int k, Scorer scorer)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(volunteer);
        ArgumentNullException.ThrowIfNull(scorer);
        return Best(
            needs.Select(need =>
            {
                var skill = volunteer.Skills.OrderByDescending(s => scorer.ItemFit(s, need.Item)).FirstOrDefault(need.Item);
                var offer = volunteer.AsOffer(skill);
                return (need.Id, scorer.Evaluate(offer, need));
            }),
            k);
    }

    private static RankedCandidate[] Best(IEnumerable<(Guid Id, PairScore Pair)> scored, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var eligible = scored
            .Where(s => s.Pair.IsEligible)
            .Select((s, i) => new Found(i, s.Id, s.Pair.DistanceKm, s.Pair.Score, s.Pair.PriorityWeight, s.Pair.Utility))
            .ToList();
        eligible.Sort(MatchOrder.Compare);
        return [.. eligible.Take(k).Select(OfferIndex.ToRanked)];
    }
}
