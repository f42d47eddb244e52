namespace Charity.Marketplace.Referrals;

/// <summary>The side of the loop acting on a referral.</summary>
public enum ReferralActor
{
    /// <summary>The station's caseworker who proposed it (or the bureau on the station's behalf).</summary>
    Caseworker = 1,

    /// <summary>Staff of the organisation whose offer it names.</summary>
    Provider = 2,

    /// <summary>The portal itself: deadlines.</summary>
    System = 3,
}
