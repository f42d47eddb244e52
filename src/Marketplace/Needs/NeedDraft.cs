using Charity.Marketplace.Needs.Anonymisation;

namespace Charity.Marketplace.Needs;

/// <summary>What a caseworker posts from a submitted assessment.</summary>
public sealed record NeedDraft(Guid AssessmentId, string ServiceItemCode, DateOnly WindowStart, DateOnly WindowEnd, NeedFrequency Frequency, string Description);

public enum NeedProblemCode
{
    Required = 1,
    TooLong = 2,
    UnknownServiceItem = 3,
    WindowInThePast = 4,
    WindowReversed = 5,
    WindowTooLong = 6,
    AssessmentNotSubmitted = 7,
    CaseFileNotActive = 8,
}

public sealed record NeedProblem(string Field, NeedProblemCode Code);

public enum NeedPublishOutcome
{
    Published = 1,
    Invalid = 2,
    BlockedByPersonalData = 3,
    NotFound = 4,
}

/// <summary>Published with the need's id; or refused with the problems, or with the personal data found in the description.</summary>
public sealed record NeedPublishResult(
    NeedPublishOutcome Outcome,
    Guid? NeedId = null,
    IReadOnlyList<NeedProblem>? Problems = null,
    IReadOnlyList<PersonalDataFinding>? Findings = null);
