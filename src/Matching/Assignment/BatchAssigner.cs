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
/// </summary>
public sealed class BatchAssigner(Scorer? scorer = null) : IAssigner
{
    private readonly Scorer _scorer = scorer ?? new Scorer();

    public AssignmentPlan Assign(IReadOnlyList<NeedCandidate> needs, IReadOnlyList<OfferCandidate> offers)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(offers);
        var pairs = EligiblePairs.Find(needs, offers, _scorer);
        if (pairs.Length == 0)
        {
            return EligiblePairs.ToPlan([], needs, offers, 0);
        }

        var sink = needs.Count + offers.Count;
        var flow = new MinCostFlow(sink + 1, pairs.Length + needs.Count + offers.Count);
        foreach (var pair in pairs)
        {
            flow.AddArcWithCapacityAndUnitCost(pair.Need, needs.Count + pair.Offer, 1, -UtilityScale.Scale(pair.Utility));
        }

        for (var need = 0; need < needs.Count; need++)
        {
            flow.AddArcWithCapacityAndUnitCost(need, sink, 1, 0);
            flow.SetNodeSupply(need, 1);
        }

        for (var offer = 0; offer < offers.Count; offer++)
        {
            flow.AddArcWithCapacityAndUnitCost(needs.Count + offer, sink, offers[offer].CapacityLeft, 0);
        }

        flow.SetNodeSupply(sink, -needs.Count);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver ended with {status}.");
        }

        var chosen = pairs.Where((_, arc) => flow.Flow(arc) > 0);
        return EligiblePairs.ToPlan(chosen, needs, offers, pairs.Length);
    }
}
