using Charity.Matching.Geo;
using Charity.Matching.Model;

namespace Charity.Matching.Indexing;

/// <summary>
/// What a search asks for: the other side's location, radius (infinite when the entries carry it), the factor of
/// the utility that depends on the query alone, its hours and beneficiary categories, and the buckets to look in.
/// </summary>
internal readonly record struct GridQuery(
    GeoPoint Location,
    double RadiusKm,
    double QueryFactor,
    WeeklyHours Hours,
    BeneficiaryCategories ServedMask,
    BucketFit[] Buckets);
