namespace Charity.Marketplace.Needs;

/// <summary>Where a posted need stands. Referral states arrive with the matching feature.</summary>
public enum NeedStatus
{
    Open = 1,
    Referred = 2,
    Fulfilled = 3,
    Withdrawn = 4,
}
