using Charity.Marketplace.Regions;

namespace Charity.Marketplace.Cases;

/// <summary>
/// A household's file (一户一档), kept by one referral station and visible only to it and the bureau.
/// Identifying fields are held encrypted; everything else is safe to count and rank.
/// </summary>
public sealed class CaseFile : IVersioned
{
    private CaseFile()
    {
        FileNumber = string.Empty;
        Protected = new ProtectedPersonalData(string.Empty, string.Empty, string.Empty);
    }

    public CaseFile(
        string fileNumber,
        ReferralStation station,
        Region community,
        BeneficiaryCategory category,
        int householdSize,
        int headBirthYear,
        ProtectedPersonalData personalData,
        DateTimeOffset openedAt)
    {
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
        Protected = personalData ?? throw new ArgumentNullException(nameof(personalData));
        Status = CaseFileStatus.Active;
        OpenedAt = openedAt;
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

    public CaseFileStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public Guid Version { get; set; }
}
