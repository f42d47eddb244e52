using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Organisations;

/// <summary>An organisation as its profile page shows it; the verification details only for insiders.</summary>
public sealed record OrganisationProfile(
    Guid Id,
    string Name,
    OrganisationType Type,
    LocalizedText HomeDistrict,
    IReadOnlyList<LocalizedText> ServiceDistricts,
    string ContactPhone,
    bool HasLogo,
    OrganisationStatus Status,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? VerifiedAt,
    string? RejectionReason,
    string? CreditCode,
    Guid Version);

/// <summary>The public shape of an organisation for lists and the API: no people, no verification details.</summary>
public sealed record PublicOrganisation(Guid Id, string Name, OrganisationType Type, string ContactPhone, IReadOnlyList<string> DistrictCodes, IReadOnlyList<LocalizedText> Districts);

/// <summary>A logo as served: its content type and bytes.</summary>
public sealed record OrganisationLogoImage(string ContentType, byte[] Content);
