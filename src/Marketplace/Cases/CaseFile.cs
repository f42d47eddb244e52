using Charity.Marketplace.Privacy;
using Charity.Marketplace.Regions;

namespace Charity.Marketplace.Cases;

/// <summary>
/// A household's file (一户一档), kept by one referral station and visible only to it and the bureau.
/// Identifying fields are held encrypted; everything else is safe to count and rank.
/// </summary>
public sealed class CaseFile : IVersioned
{
    private readonly List<HouseholdMember> _members = [];

    private CaseFile()
    {
        FileNumber = string.Empty;
        Protected = new ProtectedPersonalData(string.Empty, string.Empty, string.Empty);
        ProtectedIdNumber = string.Empty;
        IdNumberIndex = string.Empty;
    }

    public CaseFile(
        string fileNumber,
        ReferralStation station,
        Region community,
        BeneficiaryCategory category,
        int householdSize,
        int headBirthYear,
        ProtectedIdentity identity,
        DateTimeOffset openedAt)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileNumber);
        ArgumentNullException.ThrowIfNull(station);
        ArgumentNullException.ThrowIfNull(community);
        ArgumentOutOfRangeException.ThrowIfLessThan(householdSize, 1);
        if (community.Level != RegionLevel.Community || community.ParentId != station.TownshipId)
        {
            throw new ArgumentException("The community must lie in the station's township.", nameof(community));
        }

        Id = Guid.CreateVersion7();
        FileNumber = fileNumber;
        Station = station;
        StationId = station.Id;
        Community = community;
        CommunityId = community.Id;
        Category = category;
        HouseholdSize = householdSize;
        HeadBirthYear = headBirthYear;
        Protected = identity.PersonalData;
        ProtectedIdNumber = identity.ProtectedIdNumber;
        IdNumberIndex = identity.IdNumberIndex;
        Status = CaseFileStatus.Active;
        OpenedAt = openedAt;
        StatusChangedAt = openedAt;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public string FileNumber { get; private set; }

    public Guid StationId { get; private set; }

    public ReferralStation Station { get; private set; } = null!;

    public Guid CommunityId { get; private set; }

    public Region Community { get; private set; } = null!;

    public BeneficiaryCategory Category { get; private set; }

    public int HouseholdSize { get; private set; }

    public int HeadBirthYear { get; private set; }

    public ProtectedPersonalData Protected { get; private set; }

    /// <summary>The head's ID number, encrypted.</summary>
    public string ProtectedIdNumber { get; private set; }

    /// <summary>A keyed hash of the ID number: finds a file by ID number and refuses a second file for the same person.</summary>
    public string IdNumberIndex { get; private set; }

    public SpecialGroups SpecialGroups { get; set; }

    /// <summary>Whether the household agreed that the minimum contact details may go to a provider that accepts a referral.</summary>
    public bool ConsentToShare { get; set; }

    public CaseDiscovery Discovery { get; set; } = CaseDiscovery.Application;

    /// <summary>The base-level grid cell the household lives in; never finer than a kilometre, and used only to anonymise.</summary>
    public int CellRow { get; set; }

    public int CellColumn { get; set; }

    public IReadOnlyList<HouseholdMember> Members => _members;

    public string? StatusReason { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public DateTimeOffset? ReassessmentDue { get; private set; }

    public CaseFileStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public Guid Version { get; set; }

    internal void Renumber(string fileNumber) => FileNumber = fileNumber;

    public void AddMember(HouseholdMember member) => _members.Add(member ?? throw new ArgumentNullException(nameof(member)));

    public void Suspend(string reason, DateTimeOffset at) => ChangeStatus(CaseFileStatus.Suspended, reason, at);

    public void Close(string reason, DateTimeOffset at) => ChangeStatus(CaseFileStatus.Closed, reason, at);

    public void Reactivate(DateTimeOffset at) => ChangeStatus(CaseFileStatus.Active, reason: null, at);

    public void ScheduleReassessment(DateTimeOffset due) => ReassessmentDue = due;

    private void ChangeStatus(CaseFileStatus status, string? reason, DateTimeOffset at)
    {
        if (status != CaseFileStatus.Active)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        }

        if (Status == status)
        {
            throw new InvalidOperationException($"The case file is already {status}.");
        }

        Status = status;
        StatusReason = reason?.Trim();
        StatusChangedAt = at;
    }
}
