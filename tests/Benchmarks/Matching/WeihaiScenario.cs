using Charity.Matching.Geo;
using Charity.Matching.Model;

namespace Charity.Benchmarks.Matching;

/// <summary>Random offers and needs over a 60 × 80 km box around Weihai, 20 items in 5 categories, from a fixed seed.</summary>
internal sealed class WeihaiScenario(int seed)
{
    private static readonly string[] Categories = ["LIV", "CLN", "HLT", "SUP", "RES"];
    private static readonly ServiceItem[] Items = [.. Categories.SelectMany(c => Enumerable.Range(1, 4).Select(i => new ServiceItem($"{c}-{i}", c)))];

    private readonly Random _random = new(seed);

    public OfferCandidate[] Offers(int count, double minRadiusKm, double maxRadiusKm, int maxCapacity) =>
        [.. Enumerable.Range(0, count).Select(_ => new OfferCandidate(
            Id(),
            Items[_random.Next(Items.Length)],
            Location(),
            minRadiusKm + _random.NextDouble() * (maxRadiusKm - minRadiusKm),
            _random.Next(1, maxCapacity + 1),
            _random.Next(3) == 0 ? WeeklyHours.Always : WeeklyHours.OnDays([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, (DayOfWeek)_random.Next(7)], 8 + _random.Next(4), 17),
            _random.Next(4) == 0 ? (BeneficiaryCategories)_random.Next(1, 128) : BeneficiaryCategories.None,
            new ProviderReliability(_random.NextDouble(), _random.Next(5) == 0 ? null : 1 + 4 * _random.NextDouble())))];

    public NeedCandidate[] Needs(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new NeedCandidate(
            Id(),
            Items[_random.Next(Items.Length)],
            Location(),
            Math.Round(_random.NextDouble() * 100, 1),
            (Urgency)_random.Next(4),
            WeeklyHours.OnDay((DayOfWeek)_random.Next(7), 9 + _random.Next(8), 18),
            (BeneficiaryCategories)(1 << _random.Next(7))))];

    private GeoPoint Location() => new(37.5 + (_random.NextDouble() - 0.5) * 60 / 111.2, 122.1 + (_random.NextDouble() - 0.5) * 80 / 88.2);

    private Guid Id()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
