using Charity.Matching.Geo;

namespace Charity.Matching.Model;

/// <summary>A service offer as the matching engine sees it.</summary>
public sealed record OfferCandidate
{
    /// <summary>The largest travel radius an offer may declare.</summary>
    public const double MaxRadiusKm = 100;

    public OfferCandidate(
        Guid id,
        ServiceItem item,
        GeoPoint location,
        double radiusKm,
        int capacityLeft,
        WeeklyHours schedule,
        BeneficiaryCategories allowedCategories,
        ProviderReliability reliability,
        bool isActive = true)
    {
        if (!double.IsFinite(radiusKm) || radiusKm is <= 0 or > MaxRadiusKm)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusKm), radiusKm, "The radius lies above 0 and at most 100 km.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(capacityLeft);
        ArgumentException.ThrowIfNullOrEmpty(item.Code, nameof(item));
        Id = id;
        Item = item;
        Location = location;
        RadiusKm = radiusKm;
        CapacityLeft = capacityLeft;
        Schedule = schedule;
        AllowedCategories = allowedCategories;
        Reliability = reliability;
        IsActive = isActive;
    }

    public Guid Id { get; }

    public ServiceItem Item { get; }

    public GeoPoint Location { get; }

    /// <summary>How far from <see cref="Location"/> the provider travels, in km.</summary>
    public double RadiusKm { get; }

    /// <summary>How many more needs the offer can take on.</summary>
    public int CapacityLeft { get; }

    /// <summary>When the service can be delivered.</summary>
    public WeeklyHours Schedule { get; }

    /// <summary>The beneficiary categories served; <see cref="BeneficiaryCategories.None"/> serves all.</summary>
    public BeneficiaryCategories AllowedCategories { get; }

    public ProviderReliability Reliability { get; }

    public bool IsActive { get; }
}
