using Charity.Matching.Indexing;
using Charity.Matching.Scoring;
using CsCheck;

namespace Charity.Matching.Tests.Indexing;

public sealed class OfferIndexTests
{
    private static readonly Scorer Scorer = new();

    [Fact]
    public void TopOffersFor_RandomInstances_EqualsExhaustiveSearch() =>
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var instances = new RandomInstances(seed);
                var offers = instances.Offers(seed % 300);
                var index = OfferIndex.Build(offers, Scorer);
                foreach (var need in instances.Needs(5))
                {
                    var k = 1 + seed % 12;
                    Assert.Equal(ExhaustiveSearch.TopOffersFor(offers, need, k, Scorer), index.TopOffersFor(need, k));
                }
            },
            iter: 3000);

    [Fact]
    public void TopOffersFor_KLargerThanEligibleOffers_ReturnsEveryEligibleOffer()
    {
        var instances = new RandomInstances(7);
        var offers = instances.Offers(40);
        var need = instances.Need(offers[5].Location);
        var expected = ExhaustiveSearch.TopOffersFor(offers, need, 1000, Scorer);

        Assert.Equal(expected, OfferIndex.Build(offers, Scorer).TopOffersFor(need, 1000));
    }

    [Fact]
    public void TopOffersFor_OffersAtOneSpot_AreOrderedByUtilityThenId()
    {
        var instances = new RandomInstances(11);
        var spot = instances.Location();
        var offers = Enumerable.Range(0, 30).Select(_ => instances.Offer(spot)).ToList();
        var need = instances.Need(spot);

        Assert.Equal(ExhaustiveSearch.TopOffersFor(offers, need, 10, Scorer), OfferIndex.Build(offers, Scorer).TopOffersFor(need, 10));
    }

    [Fact]
    public void TopOffersFor_NoOffers_ReturnsNothing() =>
        Assert.Empty(OfferIndex.Build([], Scorer).TopOffersFor(new RandomInstances(1).Needs(1)[0], 5));
}
