using Charity.Matching.Indexing;
using Charity.Matching.Model;
using Charity.Matching.Scoring;
using CsCheck;

namespace Charity.Matching.Tests.Indexing;

public sealed class NeedIndexTests
{
    private static readonly Scorer Scorer = new();

    [Fact]
    public void TopNeedsForOffer_RandomInstances_EqualsExhaustiveSearch() =>
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var instances = new RandomInstances(seed);
                var needs = instances.Needs(seed % 300);
                var index = NeedIndex.Build(needs, Scorer);
                foreach (var offer in instances.Offers(3))
                {
                    var k = 1 + seed % 12;
                    Assert.Equal(ExhaustiveSearch.TopNeedsFor(needs, offer, k, Scorer), index.TopNeedsFor(offer, k));
                }
            },
            iter: 3000);

    [Fact]
    public void TopNeedsForVolunteer_RandomInstances_EqualsExhaustiveSearch() =>
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var instances = new RandomInstances(seed);
                var needs = instances.Needs(seed % 300);
                var volunteer = instances.Volunteer();
                var k = 1 + seed % 12;

                Assert.Equal(ExhaustiveSearch.TopNeedsFor(needs, volunteer, k, Scorer), NeedIndex.Build(needs, Scorer).TopNeedsFor(volunteer, k));
            },
            iter: 2000);

    [Fact]
    public void TopNeedsFor_InactiveOffer_ReturnsNothing()
    {
        var instances = new RandomInstances(3);
        var needs = instances.Needs(50);
        var inactive = new OfferCandidate(Guid.NewGuid(), needs[0].Item, needs[0].ApproximateLocation, 100, 3, WeeklyHours.Always, BeneficiaryCategories.None, default, isActive: false);

        Assert.Empty(NeedIndex.Build(needs, Scorer).TopNeedsFor(inactive, 5));
    }

    [Fact]
    public void TopNeedsFor_RadiusOf100Km_FindsNeedsUpTo100KmAway()
    {
        var instances = new RandomInstances(5);
        var needs = instances.Needs(200);
        var offer = new OfferCandidate(Guid.NewGuid(), needs[0].Item, new(36.9, 121.4), 100, 3, WeeklyHours.Always, BeneficiaryCategories.None, default);

        Assert.Equal(ExhaustiveSearch.TopNeedsFor(needs, offer, 500, Scorer), NeedIndex.Build(needs, Scorer).TopNeedsFor(offer, 500));
    }
}
