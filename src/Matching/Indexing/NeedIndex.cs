using System.Collections.Concurrent;
using Charity.Matching.Model;
using Charity.Matching.Scoring;

namespace Charity.Matching.Indexing;

/// <summary>
/// Open needs indexed for finding the needs an offer or a volunteer serves best. Immutable; safe to query from
/// several threads. Rebuild it when needs change.
/// </summary>
public sealed class NeedIndex
{
    /// <summary>Measured on the scale harness with offers as the entries (1,000,000: 2 km cells rather than 1 km, about 60 cells walked per query instead of 200).</summary>
    private const int EntriesPerSlot = 24;

    private readonly GridIndex _grid;
    private readonly ServiceCatalog _catalog;
    private readonly ConcurrentDictionary<ServiceItem, BucketFit[]> _fitsByItem = new();

    private NeedIndex(GridIndex grid, ServiceCatalog catalog, Scorer scorer)
    {
        _grid = grid;
        _catalog = catalog;
        Scorer = scorer;
    }

    public Scorer Scorer { get; }

    public int Count => _grid.Count;

    public static NeedIndex Build(IReadOnlyList<NeedCandidate> needs, Scorer? scorer = null)
    {
        ArgumentNullException.ThrowIfNull(needs);
        scorer ??= new Scorer();
        var entries = new GridEntry[needs.Count];
        for (var i = 0; i < needs.Count; i++)
        {
            var need = needs[i];
            entries[i] = new GridEntry(need.Id, i, need.Item, need.ApproximateLocation, double.PositiveInfinity, scorer.PriorityWeight(need), need.Window, need.BeneficiaryCategory);
        }

        var catalog = ServiceCatalog.Of(entries.Select(e => e.Item));
        return new NeedIndex(new GridIndex(entries, catalog, staticIsWeight: true, EntriesPerSlot), catalog, scorer);
    }

    /// <summary>
    /// The <paramref name="k"/> needs of highest utility (priority-weighted score) that <paramref name="offer"/> is
    /// eligible for, best first, ties by need id; none for an inactive or full offer.
    /// </summary>
    public IReadOnlyList<RankedCandidate> TopNeedsFor(OfferCandidate offer, int k)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if (!offer.IsActive || offer.CapacityLeft <= 0)
        {
            return [];
        }

        return Search(offer, FitsFor(offer.Item), k);
    }

    /// <summary>The <paramref name="k"/> needs of highest utility within reach of a volunteer with these skills and hours.</summary>
    public IReadOnlyList<RankedCandidate> TopNeedsFor(VolunteerQuery volunteer, int k)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        return volunteer.Skills.Count == 0 ? [] : Search(volunteer.AsOffer(volunteer.Skills[0]), _catalog.FitsFor(volunteer.Skills, Scorer), k);
    }

    /// <summary>Feeds every need <paramref name="offer"/> is eligible for to <paramref name="sink"/>, unordered; nothing for an inactive or full offer.</summary>
    internal void SearchEligibleNeeds<TSink>(OfferCandidate offer, TSink sink)
        where TSink : IMatchSink
    {
        if (offer.IsActive && offer.CapacityLeft > 0)
        {
            _grid.Search(QueryFor(offer, FitsFor(offer.Item)), sink);
        }
    }

    /// <summary>The position in the build input of a need found at <paramref name="entry"/>.</summary>
    internal int SourceOf(int entry) => _grid.SourceOf(entry);

    private RankedCandidate[] Search(OfferCandidate offer, BucketFit[] buckets, int k)
    {
        var top = new TopMatches(k);
        _grid.Search(QueryFor(offer, buckets), top);
        return top.ToRanked();
    }

    private BucketFit[] FitsFor(ServiceItem item) =>
        _fitsByItem.GetOrAdd(item, static (item, self) => self._catalog.FitsFor([item], self.Scorer), this);

    private GridQuery QueryFor(OfferCandidate offer, BucketFit[] buckets) =>
        new(offer.Location, offer.RadiusKm, Scorer.OfferStrength(offer), offer.Schedule, Eligibility.ServedMask(offer.AllowedCategories), buckets);
}
