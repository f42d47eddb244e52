using Charity.Matching.Model;
using Charity.Matching.Scoring;

namespace Charity.Matching.Indexing;

/// <summary>
/// The service items present in an index, numbered as buckets so that the items of one category are adjacent;
/// a query looks in every bucket of its category.
/// </summary>
internal sealed class ServiceCatalog
{
    private readonly ServiceItem[] _items;
    private readonly Dictionary<string, int> _bucketsByItem;
    private readonly Dictionary<string, (int First, int Count)> _bucketsByCategory;

    private ServiceCatalog(ServiceItem[] items)
    {
        _items = items;
        _bucketsByItem = new Dictionary<string, int>(StringComparer.Ordinal);
        _bucketsByCategory = new Dictionary<string, (int First, int Count)>(StringComparer.Ordinal);
        for (var bucket = 0; bucket < items.Length; bucket++)
        {
            _bucketsByItem.Add(items[bucket].Code, bucket);
            var category = items[bucket].CategoryCode;
            _bucketsByCategory[category] = _bucketsByCategory.TryGetValue(category, out var range) ? (range.First, range.Count + 1) : (bucket, 1);
        }
    }

    public int Count => _items.Length;

    /// <summary>The catalog of the distinct <paramref name="items"/>; an item code under two categories is an error.</summary>
    public static ServiceCatalog Of(IEnumerable<ServiceItem> items)
    {
        var distinct = items.Distinct().OrderBy(i => i.CategoryCode, StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal).ToArray();
        var duplicate = distinct.GroupBy(i => i.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new ServiceCatalog(distinct)
            : throw new ArgumentException($"Service item {duplicate.Key} appears under more than one category.", nameof(items));
    }

    public int BucketOf(ServiceItem item) => _bucketsByItem[item.Code];

    /// <summary>The buckets of the categories of <paramref name="wanted"/>, each with its best item fit to any of them.</summary>
    public BucketFit[] FitsFor(IReadOnlyList<ServiceItem> wanted, Scorer scorer)
    {
        var fits = new List<BucketFit>();
        foreach (var category in wanted.Select(w => w.CategoryCode).Distinct(StringComparer.Ordinal))
        {
            if (!_bucketsByCategory.TryGetValue(category, out var range))
            {
                continue;
            }

            for (var bucket = range.First; bucket < range.First + range.Count; bucket++)
            {
                fits.Add(new BucketFit(bucket, scorer.BestItemFit(_items[bucket], wanted)));
            }
        }

        return [.. fits];
    }
}
