using Charity.Matching.Geo;
using Charity.Matching.Model;
using Charity.Matching.Scoring;

namespace Charity.Matching.Tests.Scoring;

public sealed class EligibilityTests
{
    private static readonly ServiceItem Meal = new("LIV-MEAL", "LIV");
    private static readonly GeoPoint Home = new(37.50, 122.12);

    internal static OfferCandidate Offer(
        double radiusKm = 5, int capacityLeft = 2, bool isActive = true, ServiceItem? item = null,
        WeeklyHours? schedule = null, BeneficiaryCategories allowed = BeneficiaryCategories.None) =>
        new(Guid.NewGuid(), item ?? Meal, Home, radiusKm, capacityLeft, schedule ?? WeeklyHours.OnDay(DayOfWeek.Monday, 8, 12), allowed, new ProviderReliability(0.9, 4.5), isActive);

    internal static NeedCandidate Need(double northKm = 2, ServiceItem? item = null, BeneficiaryCategories category = BeneficiaryCategories.MinimumSubsistence) =>
        new(Guid.NewGuid(), item ?? Meal, new GeoPoint(Home.Latitude + northKm / 111.195, Home.Longitude), 70, Urgency.High, WeeklyHours.OnDay(DayOfWeek.Monday, 10, 11), category);

    [Fact]
    public void Check_MatchingOfferAndNeed_ReportsNoFailure() => Assert.Equal(EligibilityFailures.None, Eligibility.Check(Offer(), Need()));

    [Fact]
    public void Check_InactiveOffer_ReportsOfferInactive() => Assert.Equal(EligibilityFailures.OfferInactive, Eligibility.Check(Offer(isActive: false), Need()));

    [Fact]
    public void Check_NeedBeyondRadius_ReportsOutsideRadius() => Assert.Equal(EligibilityFailures.OutsideRadius, Eligibility.Check(Offer(radiusKm: 1.5), Need(northKm: 2)));

    [Fact]
    public void Check_NoPlaceLeft_ReportsNoCapacityLeft() => Assert.Equal(EligibilityFailures.NoCapacityLeft, Eligibility.Check(Offer(capacityLeft: 0), Need()));

    [Fact]
    public void Check_DisjointHours_ReportsScheduleDoesNotOverlap() =>
        Assert.Equal(EligibilityFailures.ScheduleDoesNotOverlap, Eligibility.Check(Offer(schedule: WeeklyHours.OnDay(DayOfWeek.Tuesday, 8, 12)), Need()));

    [Fact]
    public void Check_CategoryNotListed_ReportsBeneficiaryCategoryNotServed() =>
        Assert.Equal(EligibilityFailures.BeneficiaryCategoryNotServed, Eligibility.Check(Offer(allowed: BeneficiaryCategories.ExtremePoverty), Need()));

    [Fact]
    public void Check_CategoryListed_ReportsNoFailure() =>
        Assert.Equal(EligibilityFailures.None, Eligibility.Check(Offer(allowed: BeneficiaryCategories.ExtremePoverty | BeneficiaryCategories.MinimumSubsistence), Need()));

    [Fact]
    public void Check_OtherServiceCategory_ReportsDifferentServiceCategory() =>
        Assert.Equal(EligibilityFailures.DifferentServiceCategory, Eligibility.Check(Offer(item: new ServiceItem("HLT-MEDS", "HLT")), Need()));

    [Fact]
    public void Check_SeveralRulesBroken_ReportsEachOfThem() =>
        Assert.Equal(EligibilityFailures.OfferInactive | EligibilityFailures.NoCapacityLeft, Eligibility.Check(Offer(capacityLeft: 0, isActive: false), Need()));
}
