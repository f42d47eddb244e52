namespace Charity.Marketplace.Referrals;

/// <summary>What someone does to a referral; <see cref="ReferralStateMachine"/> says who may, and from which state.</summary>
public enum ReferralAction
{
    Accept = 1,
    Decline = 2,
    Expire = 3,
    Schedule = 4,
    StartService = 5,
    Complete = 6,
    Close = 7,
    Cancel = 8,
}
