namespace Charity.Marketplace.Offers;

/// <summary>Whether an offer takes referrals. An offer past its end date counts as expired wherever it is read.</summary>
public enum OfferStatus
{
    Active = 1,
    Paused = 2,
    Expired = 3,
}
