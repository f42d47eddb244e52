using Charity.Matching.Model;

namespace Charity.Matching.Scoring;

/// <summary>The hard rules an offer must meet before it is scored for a need.</summary>
public static class Eligibility
{
    /// <summary>Every rule that <paramref name="offer"/> fails for <paramref name="need"/>.</summary>
    public static EligibilityFailures Check(OfferCandidate offer, NeedCandidate need)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(need);
        var failures = EligibilityFailures.None;
        if (!offer.IsActive)
        {
            failures |= EligibilityFailures.OfferInactive;
        }

        if (offer.CapacityLeft <= 0)
        {
            failures |= EligibilityFailures.NoCapacityLeft;
        }

        if (!SameCategory(offer.Item, need.Item))
        {
            failures |= EligibilityFailures.DifferentServiceCategory;
        }

        if (!IsWithinRadius(offer.Location.DistanceKmTo(need.ApproximateLocation), offer.RadiusKm))
        {
            failures |= EligibilityFailures.OutsideRadius;
        }

        if (!offer.Schedule.Overlaps(need.Window))
        {
            failures |= EligibilityFailures.ScheduleDoesNotOverlap;
        }

        if (!Serves(offer.AllowedCategories, need.BeneficiaryCategory))
        {
            failures |= EligibilityFailures.BeneficiaryCategoryNotServed;
        }

        return failures;
    }

    /// <summary>True when an offer travelling <paramref name="radiusKm"/> reaches a need <paramref name="distanceKm"/> away.</summary>
    public static bool IsWithinRadius(double distanceKm, double radiusKm) => distanceKm <= radiusKm;

    /// <summary>True when an offer for <paramref name="allowed"/> (none listed = all) serves <paramref name="category"/>.</summary>
    public static bool Serves(BeneficiaryCategories allowed, BeneficiaryCategories category) =>
        (ServedMask(allowed) & category) != 0;

    /// <summary>The categories an offer listing <paramref name="allowed"/> serves, with "none listed" spelt out as all.</summary>
    internal static BeneficiaryCategories ServedMask(BeneficiaryCategories allowed) =>
        allowed == BeneficiaryCategories.None ? AllCategories : allowed;

    internal static bool SkillsCoverCategory(IEnumerable<ServiceItem> skills, ServiceItem needed) =>
        skills.Any(skill => SameCategory(skill, needed));

    private const BeneficiaryCategories AllCategories = (BeneficiaryCategories)((int)BeneficiaryCategories.OtherReferred * 2 - 1);

    internal static bool SameCategory(ServiceItem offered, ServiceItem needed) =>
        string.Equals(offered.CategoryCode, needed.CategoryCode, StringComparison.Ordinal);
}
