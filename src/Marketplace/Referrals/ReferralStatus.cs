namespace Charity.Marketplace.Referrals;

/// <summary>The steps of the closed referral loop (转介闭环), in DOMAIN order.</summary>
public enum ReferralStatus
{
    Proposed = 1,
    Accepted = 2,
    Declined = 3,
    Expired = 4,
    Scheduled = 5,
    InService = 6,
    Completed = 7,
    Closed = 8,
    Cancelled = 9,
}
