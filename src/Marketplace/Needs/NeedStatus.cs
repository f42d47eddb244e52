namespace Charity.Marketplace.Needs;

/// <summary>Where a posted need stands: open for matching, referred to one provider, served, or withdrawn.</summary>
public enum NeedStatus
{
    Open = 1,
    Referred = 2,
    Fulfilled = 3,
    Withdrawn = 4,
}
