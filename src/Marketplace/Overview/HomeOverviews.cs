using Charity.Marketplace.Cases;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Organisations;

namespace Charity.Marketplace.Overview;

/// <summary>What a caseworker's home shows: their station and its case files, counted (never listed with names).</summary>
public sealed record StationOverview(
    LocalizedText StationName,
    LocalizedText TownshipName,
    LocalizedText DistrictName,
    int ActiveCaseFiles,
    int SuspendedCaseFiles,
    int ClosedCaseFiles,
    IReadOnlyList<CategoryCount> ActiveByCategory);

public sealed record CategoryCount(BeneficiaryCategory Category, int Count);

/// <summary>What a provider's home shows: their organisation and its standing.</summary>
public sealed record OrganisationOverview(
    string Name,
    OrganisationType Type,
    OrganisationStatus Status,
    LocalizedText HomeDistrict,
    DateTimeOffset? VerifiedAt,
    string? RejectionReason,
    int TeamVolunteers);

/// <summary>What a volunteer's home shows: their profile and team.</summary>
public sealed record VolunteerOverview(
    string DisplayName,
    LocalizedText District,
    IReadOnlyList<VolunteerTeamStatus> Teams,
    IReadOnlyList<LocalizedText> Skills);

/// <summary>A team the volunteer belongs to or has asked to join.</summary>
public sealed record VolunteerTeamStatus(string Name, Volunteers.MembershipStatus Status);

/// <summary>What the bureau's home shows: the whole city at a glance.</summary>
public sealed record BureauOverview(
    int Stations,
    int VerifiedOrganisations,
    int OrganisationsAwaitingVerification,
    int Volunteers,
    int ActiveCaseFiles,
    IReadOnlyList<DistrictCount> ActiveCaseFilesByDistrict);

public sealed record DistrictCount(LocalizedText District, int Count);
