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
    ReferralProposed = 9,
    ReferralAccepted = 10,
    ReferralDeclined = 11,
    ReferralExpired = 12,
    ReferralScheduled = 13,
    ReferralInService = 14,
    ReferralCompleted = 15,
    ReferralClosed = 16,
    ReferralCancelled = 17,
    VisitLogged = 18,
    VisitConfirmed = 19,
    VisitQueried = 20,
    PublicBenefitWorkLogged = 21,
    PointsGiven = 22,
    SupermarketOrderPlaced = 23,
}
