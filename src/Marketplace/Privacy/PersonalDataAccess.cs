namespace Charity.Marketplace.Privacy;

/// <summary>Why someone opened a household's personal data (PIPL: every view of sensitive data is recorded).</summary>
public enum AccessPurpose
{
    Assessment = 1,
    ServiceCoordination = 2,
    Verification = 3,
    Correction = 4,
    Other = 5,
}

/// <summary>One view of a household's personal data: who, when, which file, why. Append-only.</summary>
public sealed class PersonalDataAccess
{
    private PersonalDataAccess()
    {
        UserName = string.Empty;
        FileNumber = string.Empty;
    }

    public PersonalDataAccess(DateTimeOffset at, Guid userId, string userName, Guid caseFileId, string fileNumber, AccessPurpose purpose, string? note)
    {
        if (purpose == AccessPurpose.Other)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(note);
        }

        Id = Guid.CreateVersion7();
        At = at;
        UserId = userId;
        UserName = userName;
        CaseFileId = caseFileId;
        FileNumber = fileNumber;
        Purpose = purpose;
        Note = note?.Trim();
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid UserId { get; private set; }

    public string UserName { get; private set; }

    public Guid CaseFileId { get; private set; }

    public string FileNumber { get; private set; }

    public AccessPurpose Purpose { get; private set; }

    public string? Note { get; private set; }
}
