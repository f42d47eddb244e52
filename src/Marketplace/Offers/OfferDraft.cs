using Charity.Marketplace.Cases;

namespace Charity.Marketplace.Offers;

/// <summary>What provider staff enter to publish or change a service offer.</summary>
public sealed record OfferDraft(
    string ServiceItemCode,
    string TitleZh,
    string? TitleEn,
    string DescriptionZh,
    string? DescriptionEn,
    double Latitude,
    double Longitude,
    string? Address,
    int RadiusKm,
    int Capacity,
    CapacityUnit CapacityUnit,
    ServiceDays Days,
    TimeOnly OpensAt,
    TimeOnly ClosesAt,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<BeneficiaryCategory> EligibleCategories,
    SpecialGroups EligibleGroups,
    decimal Cost);

/// <summary>Why an offer could not be saved; the field is the draft's property name.</summary>
public sealed record OfferProblem(string Field, OfferProblemCode Code);

public enum OfferProblemCode
{
    Required = 1,
    TooLong = 2,
    UnknownServiceItem = 3,
    LocationInvalid = 4,
    LocationOutsideCity = 5,
    RadiusOutOfRange = 6,
    CapacityNotPositive = 7,
    CapacityTooLarge = 8,
    NoDays = 9,
    ClosesBeforeOpens = 10,
    EndInPast = 11,
    EndBeforeStart = 12,
    CostNegative = 13,
    CostInvalid = 14,
    NoOrganisation = 15,
}
