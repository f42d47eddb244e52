using Charity.Marketplace.Localization;
using Charity.Marketplace.Privacy;

namespace Charity.Marketplace.Cases;

/// <summary>A case file in a list: nothing that identifies the household.</summary>
public sealed record CaseFileRow(
    Guid Id,
    string FileNumber,
    LocalizedText Station,
    LocalizedText Community,
    BeneficiaryCategory Category,
    int HouseholdSize,
    CaseFileStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ReassessmentDue);

/// <summary>List filters; <see cref="DueForReassessment"/> keeps active files whose next assessment date has come.</summary>
public sealed record CaseFileFilter(string? Search = null, CaseFileStatus? Status = null, BeneficiaryCategory? Category = null, bool DueForReassessment = false);

public sealed record CaseFilePage(IReadOnlyList<CaseFileRow> Rows, int TotalCount, IReadOnlyDictionary<CaseFileStatus, int> CountsByStatus);

/// <summary>A case file's details without personal data; those need <see cref="CaseFileService.RevealAsync"/>.</summary>
public sealed record CaseFileDetail(
    Guid Id,
    string FileNumber,
    Guid StationId,
    LocalizedText Station,
    LocalizedText Community,
    BeneficiaryCategory Category,
    SpecialGroups SpecialGroups,
    int HouseholdSize,
    int HeadBirthYear,
    int MemberCount,
    bool ConsentToShare,
    CaseDiscovery Discovery,
    CaseFileStatus Status,
    string? StatusReason,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ReassessmentDue,
    Guid Version);

public sealed record RevealedMember(MemberRelationship Relationship, int BirthYear, string Name, string? IdNumber);

/// <summary>A household's personal data, decrypted for one audited view.</summary>
public sealed record RevealedPersonalData(PersonalData Head, string IdNumber, IReadOnlyList<RevealedMember> Members)
{
    public override string ToString() => "RevealedPersonalData { *** }";
}

public sealed record TimelineEntry(CaseEventKind Kind, DateTimeOffset At, string ActorName, string? Note);
