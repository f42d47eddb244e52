using Charity.Matching.Geo;
using Charity.Matching.Indexing;
using Charity.Matching.Model;

namespace Charity.Matching.Tests;

/// <summary>Random offers and needs from a seed, with the awkward cases mixed in: shared spots, points on cell borders, 100 km radii.</summary>
internal sealed class RandomInstances
{
    public static readonly ServiceItem[] Items =
    [
        new("LIV-MEAL", "LIV"), new("LIV-ERRAND", "LIV"), new("LIV-REPAIR", "LIV"),
        new("HLT-ESCORT", "HLT"), new("HLT-MEDS", "HLT"),
        new("SUP-VISIT", "SUP"),
    ];

    private const double SouthAnchor = 37.0;
    private const double NorthAnchor = 38.0;
    private static readonly GeoGrid Grid = new((SouthAnchor + NorthAnchor) / 2);

    private readonly Random _random;
    private readonly double _spreadKm;
    private readonly List<GeoPoint> _spots = [];

    public RandomInstances(int seed)
    {
        _random = new Random(seed);
        _spreadKm = _random.Next(3) switch { 0 => 3, 1 => 20, _ => 120 };
    }

    /// <summary>Offers including two far anchors that fix the index's grid to the one <see cref="Location"/> snaps to.</summary>
    public List<OfferCandidate> Offers(int count)
    {
        var offers = new List<OfferCandidate>
        {
            Offer(new GeoPoint(SouthAnchor, 122.1)),
            Offer(new GeoPoint(NorthAnchor, 122.1)),
        };
        for (var i = 0; i < count; i++)
        {
            offers.Add(Offer(Location()));
        }

        return offers;
    }

    public List<NeedCandidate> Needs(int count) => [.. Enumerable.Range(0, count).Select(_ => Need(Location()))];

    public NeedCandidate Need(GeoPoint location) => new(
        Guid.NewGuid(),
        Pick(Items),
        location,
        Math.Round(_random.NextDouble() * 100, 1),
        (Urgency)_random.Next(4),
        Hours(),
        (BeneficiaryCategories)(1 << _random.Next(7)));

    public OfferCandidate Offer(GeoPoint location) => new(
        NewId(),
        Pick(Items),
        location,
        _random.Next(8) == 0 ? OfferCandidate.MaxRadiusKm : 0.2 + _random.NextDouble() * _random.Next(1, 40),
        _random.Next(10) == 0 ? 0 : _random.Next(1, 6),
        Hours(),
        _random.Next(3) == 0 ? (BeneficiaryCategories)_random.Next(1, 128) : BeneficiaryCategories.None,
        new ProviderReliability(_random.Next(4) == 0 ? null : Math.Round(_random.NextDouble(), 2), _random.Next(3) == 0 ? null : 1 + _random.Next(5)),
        isActive: _random.Next(12) != 0);

    public VolunteerQuery Volunteer() => new(
        Location(),
        0.5 + _random.NextDouble() * 30,
        [.. Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Pick(Items))],
        Hours());

    /// <summary>A point near Weihai: sometimes one used before, sometimes exactly on a 1 km cell border, else anywhere in the spread.</summary>
    public GeoPoint Location()
    {
        if (_spots.Count > 0 && _random.Next(6) == 0)
        {
            return _spots[_random.Next(_spots.Count)];
        }

        var latitude = 37.5 + (_random.NextDouble() - 0.5) * _spreadKm / 111;
        var longitude = 122.1 + (_random.NextDouble() - 0.5) * _spreadKm / 88;
        if (_random.Next(5) == 0)
        {
            latitude = Math.Round(latitude / Grid.CellHeightDegrees(0)) * Grid.CellHeightDegrees(0);
            longitude = Math.Round(longitude / Grid.CellWidthDegrees(0)) * Grid.CellWidthDegrees(0);
        }

        var spot = new GeoPoint(latitude, longitude);
        _spots.Add(spot);
        return spot;
    }

    private WeeklyHours Hours() => _random.Next(4) switch
    {
        0 => WeeklyHours.Always,
        1 => WeeklyHours.OnDay((DayOfWeek)_random.Next(7), 8, 12),
        _ => WeeklyHours.OnDays([(DayOfWeek)_random.Next(7), (DayOfWeek)_random.Next(7)], 9, 18),
    };

    /// <summary>Ids with few distinct leading bytes, so ties are broken by comparing ids.</summary>
    private Guid NewId()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[0] = bytes[1] = bytes[2] = bytes[3] = 0;
        return new Guid(bytes);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
