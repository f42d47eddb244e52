using Charity.Matching.Indexing;
using Charity.Matching.Model;
using Charity.Matching.Scoring;

namespace Charity.Matching.Assignment;

/// <summary>
/// Every eligible (need, offer) pair, found through a <see cref="NeedIndex"/> rather than by trying all pairs: each
/// offer knows its radius, so it enumerates the needs within it (far fewer searches than one per need, and each
/// only as wide as the offer's own radius). Offers are searched in parallel, each thread into its own buffer.
/// </summary>
internal static class EligiblePairs
{
    /// <summary>The pairs grouped by offer; the order within and between groups is unspecified.</summary>
    public static CandidatePair[] Find(IReadOnlyList<NeedCandidate> needs, IReadOnlyList<OfferCandidate> offers, Scorer scorer)
    {
        if (needs.Count == 0 || offers.Count == 0)
        {
            return [];
        }

        var index = NeedIndex.Build(needs, scorer);
        var buffers = new List<PairBuffer>();
        Parallel.For(
            0,
            offers.Count,
            () => new PairBuffer(index),
            (offer, _, buffer) =>
            {
                buffer.Offer = offer;
                index.SearchEligibleNeeds(offers[offer], buffer);
                return buffer;
            },
            buffer =>
            {
                lock (buffers)
                {
                    buffers.Add(buffer);
                }
            });

        var pairs = new CandidatePair[buffers.Sum(b => b.Count)];
        var start = 0;
        foreach (var buffer in buffers)
        {
            buffer.Pairs.AsSpan(0, buffer.Count).CopyTo(pairs.AsSpan(start));
            start += buffer.Count;
        }

        return pairs;
    }

    public static AssignmentPlan ToPlan(IEnumerable<CandidatePair> chosen, IReadOnlyList<NeedCandidate> needs, IReadOnlyList<OfferCandidate> offers, int eligiblePairs)
    {
        var assignments = chosen.Select(p => new Assignment(needs[p.Need].Id, offers[p.Offer].Id, p.Utility)).ToArray();
        return new AssignmentPlan(assignments, assignments.Sum(a => a.Utility), assignments.Sum(a => UtilityScale.Scale(a.Utility)), eligiblePairs);
    }

    /// <summary>Collects the eligible needs of the offer being searched as pairs, growing as needed.</summary>
    private sealed class PairBuffer(NeedIndex index) : IMatchSink
    {
        public CandidatePair[] Pairs { get; private set; } = new CandidatePair[4096];

        public int Count { get; private set; }

        public int Offer { get; set; }

        public bool IsFull => false;

        public double Threshold => double.NegativeInfinity;

        public void Add(in Found found)
        {
            if (Count == Pairs.Length)
            {
                var larger = new CandidatePair[Pairs.Length * 2];
                Pairs.CopyTo(larger, 0);
                Pairs = larger;
            }

            Pairs[Count++] = new CandidatePair(index.SourceOf(found.Entry), Offer, found.Utility);
        }
    }
}
