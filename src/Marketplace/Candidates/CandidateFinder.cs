using Charity.Marketplace.Referrals;
using Charity.Matching.Assignment;
using Charity.Matching.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Candidates;

/// <summary>
/// The station's side of matching: ranked offers for one open need, and for the bureau a plan that assigns every open
/// need optimally (compared with greedy) and applies it as proposals. Providers never call this: they see referrals.
/// </summary>
public sealed class CandidateFinder(IDbContextFactory<MarketplaceDbContext> contextFactory, ReferralCommands referrals, TimeProvider clock)
{
    public const int DefaultCount = 10;

    /// <summary>The best offers for a need the party's station owns; empty when the need is not theirs or not open.</summary>
    public async Task<IReadOnlyList<OfferCandidateView>> ForNeedAsync(ReferralParty party, Guid needId, int count = DefaultCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var snapshot = await MatchingSnapshot.LoadAsync(db, ChinaCalendar.Today(clock), needId, cancellationToken);
        if (snapshot.Needs is not [var need] || !Owns(party, snapshot.NeedLabels[need.Id]))
        {
            return [];
        }

        var window = snapshot.NeedLabels[need.Id];
        var offers = snapshot.Offers.Where(o => snapshot.OfferLabels[o.Id] is var label && label.StartDate <= window.WindowEnd && label.EndDate >= window.WindowStart).ToList();
        var index = OfferIndex.Build(offers);
        var byId = offers.ToDictionary(o => o.Id);
        return [.. index.TopOffersFor(need, count).Select(found =>
        {
            var label = snapshot.OfferLabels[found.Id];
            var explanation = index.Scorer.Explain(byId[found.Id], need);
            return new OfferCandidateView(found.Id, label.Title, label.OrganisationName, label.ServiceItemCode, ReferralQueries.AboutKm(found.DistanceKm), found.Score, found.Utility, explanation.Terms);
        })];
    }

    /// <summary>The optimal assignment of every open need to the available offers, beside the greedy baseline.</summary>
    public async Task<BatchPlan> PlanAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var snapshot = await MatchingSnapshot.LoadAsync(db, ChinaCalendar.Today(clock), onlyNeed: null, cancellationToken);
        var optimal = new BatchAssigner().Assign(snapshot.Needs, snapshot.Offers);
        var greedy = new GreedyAssigner().Assign(snapshot.Needs, snapshot.Offers);
        var proposals = optimal.Assignments
            .Select(a => (Need: snapshot.NeedLabels[a.NeedId], Offer: snapshot.OfferLabels[a.OfferId], a.Utility))
            .OrderByDescending(p => p.Utility)
            .Select(p => new PlannedReferral(p.Need.Id, p.Need.FileNumber, p.Need.ServiceItemCode, p.Need.Urgency, p.Offer.Id, p.Offer.Title, p.Offer.OrganisationName, p.Utility))
            .ToList();
        return new BatchPlan(proposals, snapshot.Needs.Count, snapshot.Offers.Count, optimal.EligiblePairs, optimal.TotalUtility, greedy.TotalUtility, greedy.Assignments.Count);
    }

    /// <summary>Proposes each planned referral on the bureau's behalf; a need taken meanwhile is skipped. Returns how many were proposed.</summary>
    public async Task<int> ApplyAsync(ReferralParty bureau, IReadOnlyList<PlannedReferral> plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bureau);
        ArgumentNullException.ThrowIfNull(plan);
        var proposed = 0;
        foreach (var proposal in plan)
        {
            var result = await referrals.ProposeAsync(bureau, proposal.NeedId, proposal.OfferId, cancellationToken);
            proposed += result.Outcome == ReferralOutcome.Done ? 1 : 0;
        }

        return proposed;
    }

    private static bool Owns(ReferralParty party, NeedLabel need) => party.IsBureau || party.StationId == need.StationId;
}
