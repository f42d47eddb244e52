using Charity.Marketplace.Cases;
using Charity.Marketplace.Offers;

namespace Charity.Marketplace.Tests.Offers;

public sealed class OfferValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly HashSet<string> Catalog = ["LIV-MEAL", "SUP-VISIT"];

    public static OfferDraft Valid() => new(
        "LIV-MEAL", "环翠区助餐送餐", "Meal delivery", "每日午餐送到家。", null, 37.50, 122.12, "文化中路1号", 10, 20, CapacityUnit.HouseholdsPerWeek,
        ServiceDays.Weekdays, new(10, 30), new(12, 30), Today, Today.AddDays(90), [BeneficiaryCategory.MinimumSubsistence], SpecialGroups.None, 0m);

    private static IReadOnlyList<OfferProblem> Validate(OfferDraft draft, DateOnly? previousEnd = null) => OfferValidator.Validate(draft, Today, Catalog, previousEnd);

    [Fact]
    public void Validate_CompleteDraft_HasNoProblems() => Assert.Empty(Validate(Valid()));

    [Fact]
    public void Validate_EndDateYesterday_IsRefusedAsInThePast() =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.EndDate), OfferProblemCode.EndInPast)], Validate(Valid() with { StartDate = Today.AddDays(-10), EndDate = Today.AddDays(-1) }));

    [Fact]
    public void Validate_EndDateToday_IsAccepted() => Assert.Empty(Validate(Valid() with { EndDate = Today }));

    [Fact]
    public void Validate_UnchangedPastEndDateOfAnExistingOffer_IsAccepted() =>
        Assert.Empty(Validate(Valid() with { StartDate = Today.AddDays(-30), EndDate = Today.AddDays(-1) }, previousEnd: Today.AddDays(-1)));

    [Fact]
    public void Validate_EndBeforeStart_IsRefused() =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.EndDate), OfferProblemCode.EndBeforeStart)], Validate(Valid() with { StartDate = Today.AddDays(10), EndDate = Today.AddDays(5) }));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Validate_CapacityNotAboveZero_IsRefused(int capacity) =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.Capacity), OfferProblemCode.CapacityNotPositive)], Validate(Valid() with { Capacity = capacity }));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(500)]
    public void Validate_RadiusOutside1To100Km_IsRefused(int radius) =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.RadiusKm), OfferProblemCode.RadiusOutOfRange)], Validate(Valid() with { RadiusKm = radius }));

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Validate_RadiusAtTheLimits_IsAccepted(int radius) => Assert.Empty(Validate(Valid() with { RadiusKm = radius }));

    [Fact]
    public void Validate_ItemNotInTheCatalog_IsRefusedAsUnknown() =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.ServiceItemCode), OfferProblemCode.UnknownServiceItem)], Validate(Valid() with { ServiceItemCode = "LIV-TAXI" }));

    [Fact]
    public void Validate_TitleOver80Characters_IsTooLong() =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.TitleZh), OfferProblemCode.TooLong)], Validate(Valid() with { TitleZh = new string('助', 81) }));

    [Fact]
    public void Validate_MissingChineseTitleAndDescription_AreRequired() =>
        Assert.Equal(
            [new OfferProblem(nameof(OfferDraft.TitleZh), OfferProblemCode.Required), new OfferProblem(nameof(OfferDraft.DescriptionZh), OfferProblemCode.Required)],
            Validate(Valid() with { TitleZh = " ", DescriptionZh = string.Empty }));

    [Fact]
    public void Validate_NoEnglishText_IsAccepted() => Assert.Empty(Validate(Valid() with { TitleEn = null, DescriptionEn = " " }));

    [Fact]
    public void Validate_NoDays_IsRefused() =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.Days), OfferProblemCode.NoDays)], Validate(Valid() with { Days = ServiceDays.None }));

    [Fact]
    public void Validate_ClosingBeforeOpening_IsRefused() =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.ClosesAt), OfferProblemCode.ClosesBeforeOpens)], Validate(Valid() with { OpensAt = new(14, 0), ClosesAt = new(9, 0) }));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(91, 122)]
    [InlineData(double.NaN, 122)]
    public void Validate_NoRealLocation_IsRefused(double latitude, double longitude) =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.Latitude), OfferProblemCode.LocationInvalid)], Validate(Valid() with { Latitude = latitude, Longitude = longitude }));

    [Fact]
    public void Validate_NegativeCost_IsRefused() =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.Cost), OfferProblemCode.CostNegative)], Validate(Valid() with { Cost = -1m }));

    [Fact]
    public void Validate_CostFinerThanAFen_IsRefused() =>
        Assert.Equal([new OfferProblem(nameof(OfferDraft.Cost), OfferProblemCode.CostInvalid)], Validate(Valid() with { Cost = 1.005m }));

    [Fact]
    public void Validate_SeveralBadFields_ReportsEachOfThem() =>
        Assert.Equal(
            [OfferProblemCode.RadiusOutOfRange, OfferProblemCode.CapacityNotPositive, OfferProblemCode.EndInPast],
            Validate(Valid() with { RadiusKm = 150, Capacity = 0, EndDate = Today.AddDays(-2), StartDate = Today.AddDays(-5) }).Select(p => p.Code));

    [Fact]
    public void BeneficiaryCategoryMask_RoundTripsEveryCategory()
    {
        var all = Enum.GetValues<BeneficiaryCategory>();

        Assert.Equal(all, BeneficiaryCategoryMask.FromMask(BeneficiaryCategoryMask.MaskOf(all)));
        Assert.Empty(BeneficiaryCategoryMask.FromMask(0));
    }
}
