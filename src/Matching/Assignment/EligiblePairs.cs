using Charity.Matching.Indexing;
using Charity.Matching.Model;
using Charity.Matching.Scoring;

namespace Charity.Matching.Assignment;

/// <summary>Every eligible (need, offer) pair, found through an <see cref="OfferIndex"/> rather than by trying all pairs.</summary>
internal static class EligiblePairs
{
    /// <summary>The pairs grouped by need in input order; needs are searched in parallel.</summary>
    public static CandidatePair[] Find(IReadOnlyList<NeedCandidate> needs, IReadOnlyList<OfferCandidate> offers, Scorer scorer)
    {
        var index = OfferIndex.Build(offers, scorer);
        var perNeed = new CandidatePair[needs.Count][];
        Parallel.For(0, needs.Count, need =>
        {
            var found = index.EligibleOffersFor(needs[need]);
            var pairs = new CandidatePair[found.Count];
            for (var i = 0; i < found.Count; i++)
            {
                pairs[i] = new CandidatePair(need, index.SourceOf(found[i].Entry), found[i].Utility);
            }

            perNeed[need] = pairs;
        });
        return [.. perNeed.SelectMany(pairs => pairs)];
    }

    public static AssignmentPlan ToPlan(IEnumerable<CandidatePair> chosen, IReadOnlyList<NeedCandidate> needs, IReadOnlyList<OfferCandidate> offers, int eligiblePairs)
    {
        var assignments = chosen.Select(p => new Assignment(needs[p.Need].Id, offers[p.Offer].Id, p.Utility)).ToArray();
        return new AssignmentPlan(assignments, assignments.Sum(a => a.Utility), assignments.Sum(a => UtilityScale.Scale(a.Utility)), eligiblePairs);
    }
}
