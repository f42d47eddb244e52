using Charity.Matching.Geo;
using Charity.Matching.Model;

namespace Charity.Matching.Indexing;

/// <summary>
/// A volunteer looking for needs: where they start, how far they go, the items they can do (needs of those items
/// fit 1, of other items of the same categories the policy's same-category fit) and when they are free. A volunteer
/// is scored as an offer with one place left and the given track record.
/// </summary>
public sealed record VolunteerQuery(
    GeoPoint Location,
    double RadiusKm,
    IReadOnlyList<ServiceItem> Skills,
    WeeklyHours Availability,
    ProviderReliability Reliability = default)
{
    /// <summary>The offer a volunteer stands for when scored.</summary>
    internal OfferCandidate AsOffer(ServiceItem skill) =>
        new(Guid.Empty, skill, Location, RadiusKm, 1, Availability, Model.BeneficiaryCategories.None, Reliability);
}
