using Charity.Matching.Geo;
using Charity.Matching.Model;

namespace Charity.Matching.Indexing;

/// <summary>
/// One offer or need as <see cref="GridIndex"/> stores it. <see cref="StaticFactor"/> is the part of the utility
/// that depends on the entry alone (an offer's strength, a need's priority weight); <see cref="RadiusKm"/> is
/// infinite for needs, whose radius comes with the query; <see cref="ServedMask"/> is the set of beneficiary
/// categories served (offers) or belonged to (needs).
/// </summary>
internal readonly record struct GridEntry(
    Guid Id,
    int Source,
    ServiceItem Item,
    GeoPoint Location,
    double RadiusKm,
    double StaticFactor,
    WeeklyHours Hours,
    BeneficiaryCategories ServedMask);
