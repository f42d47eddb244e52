namespace Charity.Marketplace.Cases;

/// <summary>What a caseworker enters to open a household's file.</summary>
public sealed record NewCaseFile(
    string HeadName,
    string IdNumber,
    string Phone,
    string Address,
    Guid CommunityId,
    BeneficiaryCategory Category,
    SpecialGroups SpecialGroups,
    int HouseholdSize,
    bool ConsentToShare,
    CaseDiscovery Discovery,
    IReadOnlyList<NewHouseholdMember> Members);

public sealed record NewHouseholdMember(string Name, string? IdNumber, MemberRelationship Relationship, int BirthYear);

/// <summary>Why a case file could not be opened or changed; the field is the input's property name.</summary>
public sealed record CaseFileProblem(string Field, CaseFileProblemCode Code);

public enum CaseFileProblemCode
{
    Required = 1,
    TooLong = 2,
    IdNumberInvalid = 3,
    PhoneInvalid = 4,
    DuplicateIdNumber = 5,
    CommunityNotInStation = 6,
    HouseholdSizeInvalid = 7,
    NoStation = 8,
    ReasonRequired = 9,
    AlreadyInThatStatus = 10,
}

/// <summary>The outcome of a command on a case file.</summary>
public sealed record CaseFileResult(CaseFileOutcome Outcome, Guid? Id = null, IReadOnlyList<CaseFileProblem>? Problems = null)
{
    public static CaseFileResult Done(Guid id) => new(CaseFileOutcome.Done, id);

    public static CaseFileResult Invalid(params CaseFileProblem[] problems) => new(CaseFileOutcome.Invalid, Problems: problems);

    public static CaseFileResult NotFound { get; } = new(CaseFileOutcome.NotFound);

    public static CaseFileResult Conflict { get; } = new(CaseFileOutcome.Conflict);
}

public enum CaseFileOutcome
{
    Done = 1,
    Invalid = 2,
    NotFound = 3,
    Conflict = 4,
}
