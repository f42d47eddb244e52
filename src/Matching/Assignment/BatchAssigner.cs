using System.Diagnostics;
using Charity.Matching.Model;
using Charity.Matching.Scoring;
using Google.OrTools.Graph;

namespace Charity.Matching.Assignment;

/// <summary>
/// Maximises the total priority-weighted utility of the assignment, as a min-cost flow (Google OR-Tools):
/// each need node supplies one unit, which goes either along an arc to an eligible offer (capacity 1, cost −utility
/// scaled by <see cref="UtilityScale"/>) or along an "unassigned" arc straight to the sink (cost 0); each offer
/// passes at most its places left to the sink. A min-cost flow of the needs' units therefore is a max-utility
/// assignment, not a forced maximum matching. Arcs are built from all eligible pairs (found through the index, not by
/// trying every pair) with no pruning, so the plan is optimal over every eligible pair for the rounded utilities.
/// <para>
/// The needs and offers are first split into the connected components of the eligible pairs. No pair joins two
/// components, so a plan's utility is the sum of what it gives each component, and each component's part is
/// feasible on its own whatever the others do: the plan made of each component's optimal plan is optimal for the
/// whole. Components are solved in parallel (small ones packed together into one flow, which changes nothing for
/// the same reason), and needs without any eligible pair never enter a flow.
/// </para>
/// </summary>
public sealed class BatchAssigner(Scorer? scorer = null) : IAssigner
{
    /// <summary>Components are packed into flows of at least this many pairs, so tiny ones don't each pay for a solver.</summary>
    private const int PairsPerFlow = 50_000;

    private readonly Scorer _scorer = scorer ?? new Scorer();

    public AssignmentPlan Assign(IReadOnlyList<NeedCandidate> needs, IReadOnlyList<OfferCandidate> offers)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(offers);
        var clock = Stopwatch.StartNew();
        var pairs = EligiblePairs.Find(needs, offers, _scorer);
        var findTime = clock.Elapsed;
        if (pairs.Length == 0)
        {
            return EligiblePairs.ToPlan([], needs, offers, 0);
        }

        clock.Restart();
        var flows = Split(pairs, needs.Count, offers.Count);
        var splitTime = clock.Elapsed;
        clock.Restart();
        var chosen = new List<CandidatePair>[flows.Count];
        var ticks = new long[3];
        Parallel.For(
            0,
            flows.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            flow => chosen[flow] = Solve(flows[flow], offers, ticks));
        var solveTime = clock.Elapsed;

        var plan = EligiblePairs.ToPlan(chosen.SelectMany(c => c), needs, offers, pairs.Length);
        return plan with
        {
            Phases =
            [
                new("eligible pairs", findTime),
                new($"split into {flows.Count} flows", splitTime),
                new("solve flows (wall clock)", solveTime),
                new("  add arcs (summed over threads)", TimeSpan.FromTicks(ticks[0])),
                new("  OR-Tools Solve (summed over threads)", TimeSpan.FromTicks(ticks[1])),
                new("  read flows (summed over threads)", TimeSpan.FromTicks(ticks[2])),
            ],
        };
    }

    /// <summary>
    /// The pairs regrouped by connected component (union–find over needs and offers), with components packed into
    /// flows of about <see cref="PairsPerFlow"/> pairs, largest first.
    /// </summary>
    private static List<CandidatePair[]> Split(CandidatePair[] pairs, int needCount, int offerCount)
    {
        var parent = new int[needCount + offerCount];
        for (var node = 0; node < parent.Length; node++)
        {
            parent[node] = node;
        }

        foreach (var pair in pairs)
        {
            var (a, b) = (Root(parent, pair.Need), Root(parent, needCount + pair.Offer));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var pairsOfRoot = new int[parent.Length];
        foreach (var pair in pairs)
        {
            pairsOfRoot[Root(parent, pair.Need)]++;
        }

        var roots = Enumerable.Range(0, parent.Length).Where(r => pairsOfRoot[r] > 0).OrderByDescending(r => pairsOfRoot[r]).ToArray();
        var flowOfRoot = new int[parent.Length];
        var flowSizes = new List<int>();
        foreach (var root in roots)
        {
            if (flowSizes.Count == 0 || flowSizes[^1] >= PairsPerFlow)
            {
                flowSizes.Add(0);
            }

            flowOfRoot[root] = flowSizes.Count - 1;
            flowSizes[^1] += pairsOfRoot[root];
        }

        var flows = flowSizes.Select(size => new CandidatePair[size]).ToList();
        var filled = new int[flows.Count];
        foreach (var pair in pairs)
        {
            var flow = flowOfRoot[Root(parent, pair.Need)];
            flows[flow][filled[flow]++] = pair;
        }

        return flows;
    }

    private static int Root(int[] parent, int node)
    {
        while (parent[node] != node)
        {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }

        return node;
    }

    /// <summary>The optimal plan for the needs and offers of <paramref name="pairs"/>, which no pair outside links to anything else.</summary>
    private static List<CandidatePair> Solve(CandidatePair[] pairs, IReadOnlyList<OfferCandidate> offers, long[] ticks)
    {
        var start = Stopwatch.GetTimestamp();
        var needNodes = new Dictionary<int, int>();
        var offerNodes = new Dictionary<int, int>();
        foreach (var pair in pairs)
        {
            needNodes.TryAdd(pair.Need, needNodes.Count);
        }

        foreach (var pair in pairs)
        {
            offerNodes.TryAdd(pair.Offer, needNodes.Count + offerNodes.Count);
        }

        var sink = needNodes.Count + offerNodes.Count;
        using var flow = new MinCostFlow(sink + 1, pairs.Length + sink);
        foreach (var pair in pairs)
        {
            flow.AddArcWithCapacityAndUnitCost(needNodes[pair.Need], offerNodes[pair.Offer], 1, -UtilityScale.Scale(pair.Utility));
        }

        for (var need = 0; need < needNodes.Count; need++)
        {
            flow.AddArcWithCapacityAndUnitCost(need, sink, 1, 0);
            flow.SetNodeSupply(need, 1);
        }

        foreach (var (offer, node) in offerNodes)
        {
            flow.AddArcWithCapacityAndUnitCost(node, sink, offers[offer].CapacityLeft, 0);
        }

        flow.SetNodeSupply(sink, -needNodes.Count);
        var solving = Stopwatch.GetTimestamp();
        var status = flow.Solve();
        var solved = Stopwatch.GetTimestamp();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver ended with {status}.");
        }

        var chosen = new List<CandidatePair>();
        for (var arc = 0; arc < pairs.Length; arc++)
        {
            if (flow.Flow(arc) > 0)
            {
                chosen.Add(pairs[arc]);
            }
        }

        Interlocked.Add(ref ticks[0], Stopwatch.GetElapsedTime(start, solving).Ticks);
        Interlocked.Add(ref ticks[1], Stopwatch.GetElapsedTime(solving, solved).Ticks);
        Interlocked.Add(ref ticks[2], Stopwatch.GetElapsedTime(solved).Ticks);
        return chosen;
    }
}
