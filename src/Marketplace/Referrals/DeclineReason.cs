namespace Charity.Marketplace.Referrals;

/// <summary>Why a provider turned a referral down; counted in the provider's acceptance record.</summary>
public enum DeclineReason
{
    NoCapacity = 1,
    OutOfArea = 2,
    NotSuitable = 3,
    ScheduleClash = 4,
    Other = 5,
}
