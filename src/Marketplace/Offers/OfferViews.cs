using Charity.Marketplace.Cases;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Organisations;

namespace Charity.Marketplace.Offers;

/// <summary>A row of an organisation's own offer list.</summary>
public sealed record OfferRow(
    Guid Id, LocalizedText Title, string ServiceItemCode, LocalizedText ServiceItem, LocalizedText District,
    int Capacity, CapacityUnit CapacityUnit, DateOnly StartDate, DateOnly EndDate, OfferStatus Status, Guid Version);

public sealed record OfferPage(IReadOnlyList<OfferRow> Rows, int TotalCount);

/// <summary>An offer as its organisation edits it: the draft that reproduces it, and the version to edit against.</summary>
public sealed record OfferDetail(Guid Id, Guid OrganisationId, string OrganisationName, OfferDraft Draft, OfferStatus Status, Guid Version);

/// <summary>Filters of the directory and the API: a catalog category, a district, a service item.</summary>
public sealed record OfferFilter(string? CategoryCode = null, Guid? DistrictId = null, string? ServiceItemCode = null, Guid? OrganisationId = null);

/// <summary>An offer as anyone may see it: the organisation's public details and the service, never personal data.</summary>
public sealed record PublicOffer(
    Guid Id,
    LocalizedText Title,
    LocalizedText Description,
    Guid OrganisationId,
    string OrganisationName,
    OrganisationType OrganisationType,
    string ServiceItemCode,
    LocalizedText ServiceItem,
    string CategoryCode,
    LocalizedText Category,
    Guid DistrictId,
    LocalizedText District,
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
    int EligibleCategoryMask,
    SpecialGroups EligibleGroups,
    decimal Cost,
    OfferStatus Status,
    Guid Version)
{
    public IReadOnlyList<BeneficiaryCategory> EligibleCategories => BeneficiaryCategoryMask.FromMask(EligibleCategoryMask);
}

public sealed record PublicOfferPage(IReadOnlyList<PublicOffer> Rows, int TotalCount);

/// <summary>A verified organisation in the public directory, with how many current offers it has.</summary>
public sealed record DirectoryOrganisation(Guid Id, string Name, OrganisationType Type, LocalizedText HomeDistrict, int OfferCount);
