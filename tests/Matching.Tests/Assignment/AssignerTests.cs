using Charity.Matching.Assignment;
using Charity.Matching.Model;
using Charity.Matching.Scoring;
using CsCheck;

namespace Charity.Matching.Tests.Assignment;

public sealed class AssignerTests
{
    private static readonly Scorer Scorer = new();
    private static readonly BatchAssigner Optimal = new(Scorer);
    private static readonly GreedyAssigner Greedy = new(Scorer);

    [Fact]
    public void Assign_RandomInstances_NeverExceedsAnOffersCapacity() =>
        Sample(40, 30, (needs, offers) =>
        {
            var capacity = offers.ToDictionary(o => o.Id, o => o.CapacityLeft);
            Assert.All(Optimal.Assign(needs, offers).Assignments.CountBy(a => a.OfferId), used => Assert.True(used.Value <= capacity[used.Key]));
        });

    [Fact]
    public void Assign_RandomInstances_GivesEachNeedAtMostOneOffer() =>
        Sample(40, 30, (needs, offers) =>
        {
            var assignments = Optimal.Assign(needs, offers).Assignments;
            Assert.Equal(assignments.Count, assignments.Select(a => a.NeedId).Distinct().Count());
        });

    [Fact]
    public void Assign_RandomInstances_AssignsOnlyEligiblePairs() =>
        Sample(40, 30, (needs, offers) =>
        {
            var (needById, offerById) = (needs.ToDictionary(n => n.Id), offers.ToDictionary(o => o.Id));
            Assert.All(Optimal.Assign(needs, offers).Assignments, a => Assert.Equal(EligibilityFailures.None, Eligibility.Check(offerById[a.OfferId], needById[a.NeedId])));
        });

    [Fact]
    public void Assign_RandomInstances_ReachesAtLeastTheGreedyUtility() =>
        Sample(60, 25, (needs, offers) => Assert.True(Optimal.Assign(needs, offers).ScaledUtility >= Greedy.Assign(needs, offers).ScaledUtility));

    [Fact]
    public void Assign_SmallRandomInstances_EqualsTheEnumeratedOptimum() =>
        Sample(7, 4, (needs, offers) => Assert.Equal(EnumeratedOptimum(needs, offers), Optimal.Assign(needs, offers).ScaledUtility));

    [Fact]
    public void Assign_OneOfferTwoNeeds_GivesThePlaceToTheHigherPriority()
    {
        var instances = new RandomInstances(2);
        var offer = instances.Offers(1)[^1];
        offer = new OfferCandidate(offer.Id, offer.Item, offer.Location, 10, 1, WeeklyHours.Always, BeneficiaryCategories.None, default);
        var low = new NeedCandidate(Guid.NewGuid(), offer.Item, offer.Location, 10, Urgency.Low, WeeklyHours.Always, BeneficiaryCategories.ExtremePoverty);
        var critical = new NeedCandidate(Guid.NewGuid(), offer.Item, offer.Location, 90, Urgency.Critical, WeeklyHours.Always, BeneficiaryCategories.ExtremePoverty);

        Assert.Equal(critical.Id, Assert.Single(Optimal.Assign([low, critical], [offer]).Assignments).NeedId);
    }

    [Fact]
    public void Assign_NoEligiblePair_ReturnsAnEmptyPlan() =>
        Assert.Empty(Optimal.Assign(new RandomInstances(4).Needs(3), []).Assignments);

    /// <summary>Runs <paramref name="check"/> on instances of up to the given numbers of needs and offers, around one spot so many pairs are eligible.</summary>
    private static void Sample(int maxNeeds, int maxOffers, Action<List<NeedCandidate>, List<OfferCandidate>> check) =>
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var instances = new RandomInstances(seed);
                var offers = instances.Offers(1 + seed % maxOffers);
                var needs = instances.Needs(1 + seed / 7 % maxNeeds);
                check(needs, offers);
            },
            iter: 300);

    /// <summary>The best scaled utility over every way of giving each need one eligible offer with a place left, or none.</summary>
    private static long EnumeratedOptimum(List<NeedCandidate> needs, List<OfferCandidate> offers)
    {
        var placesLeft = offers.Select(o => o.IsActive ? o.CapacityLeft : 0).ToArray();
        long Best(int need)
        {
            if (need == needs.Count)
            {
                return 0;
            }

            var best = Best(need + 1);
            for (var offer = 0; offer < offers.Count; offer++)
            {
                var utility = Scorer.Utility(offers[offer], needs[need]);
                if (placesLeft[offer] > 0 && Eligibility.Check(offers[offer], needs[need]) == EligibilityFailures.None)
                {
                    placesLeft[offer]--;
                    best = Math.Max(best, UtilityScale.Scale(utility) + Best(need + 1));
                    placesLeft[offer]++;
                }
            }

            return best;
        }

        return Best(0);
    }
}
