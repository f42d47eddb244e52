using System.Diagnostics;
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
        var clock = Stopwatch.StartNew();
        var ordered = EligiblePairs.Find(needs, offers, _scorer);
        var findTime = clock.Elapsed;
        clock.Restart();
        ordered.AsSpan().Sort(default(BestFirst));
        var sortTime = clock.Elapsed;
        clock.Restart();

        var placesLeft = new int[offers.Count];
        for (var offer = 0; offer < offers.Count; offer++)
        {
            placesLeft[offer] = offers[offer].CapacityLeft;
        }

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

        var plan = EligiblePairs.ToPlan(chosen, needs, offers, ordered.Length);
        return plan with { Phases = [new("eligible pairs", findTime), new("sort", sortTime), new("pick", clock.Elapsed)] };
    }

    /// <summary>Higher utility first, then the lower need position, then the lower offer position: a total order, so the sort's result does not depend on the input order.</summary>
    private readonly struct BestFirst : IComparer<CandidatePair>
    {
        public int Compare(CandidatePair x, CandidatePair y) =>
            y.Utility.CompareTo(x.Utility) is var byUtility and not 0 ? byUtility
            : x.Need != y.Need ? x.Need.CompareTo(y.Need) : x.Offer.CompareTo(y.Offer);
    }
}
