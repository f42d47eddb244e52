namespace Charity.Matching.Scoring;

/// <summary>Why an offer cannot serve a need; <see cref="None"/> means it can. Several may hold at once.</summary>
[Flags]
public enum EligibilityFailures
{
    None = 0,
    OfferInactive = 1 << 0,
    OutsideRadius = 1 << 1,
    NoCapacityLeft = 1 << 2,
    ScheduleDoesNotOverlap = 1 << 3,
    BeneficiaryCategoryNotServed = 1 << 4,
    DifferentServiceCategory = 1 << 5,
}
