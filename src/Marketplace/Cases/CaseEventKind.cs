namespace Charity.Marketplace.Cases;

/// <summary>What happened to a case file, as shown on its timeline.</summary>
public enum CaseEventKind
{
    Opened = 1,
    Suspended = 2,
    Closed = 3,
    Reactivated = 4,
    AssessmentStarted = 5,
    AssessmentSubmitted = 6,
    NeedPublished = 7,
    PersonalDataViewed = 8,
}
