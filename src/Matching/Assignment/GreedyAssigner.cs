using Charity.Matching.Model;
using Charity.Matching.Scoring;

namespace Charity.Matching.Assignment;

/// <summary>
/// The baseline: takes eligible pairs from the highest utility down (ties by need, then offer position) whenever the
/// need is still open and the offer has a place. Fast, not optimal.
/// </summary>
public sealed class GreedyAssigner(Scorer? scorer = null) : IAssigner
{
    private readonly Scorer _scorer = scorer ?? new Scorer();

    public AssignmentPlan Assign(IReadOnlyList<NeedCandidate> needs, IReadOnlyList<OfferCandidate> offers)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(offers);
        var pairs = EligiblePairs.Find(needs, offers, _scorer);
        var ordered = (CandidatePair[])pairs.Clone();
        Array.Sort(ordered, static (a, b) => b.Utility.CompareTo(a.Utility) is var byUtility and not 0 ? byUtility
            : a.Need != b.Need ? a.Need.CompareTo(b.Need) : a.Offer.CompareTo(b.Offer));

        var placesLeft = offers.Select(o => o.CapacityLeft).ToArray();
        var served = new bool[needs.Count];
        var chosen = new List<CandidatePair>();
        foreach (var pair in ordered)
        {
            if (!served[pair.Need] && placesLeft[pair.Offer] > 0)
            {
                served[pair.Need] = true;
                placesLeft[pair.Offer]--;
                chosen.Add(pair);
            }
        }

        return EligiblePairs.ToPlan(chosen, needs, offers, pairs.Length);
    }
}
