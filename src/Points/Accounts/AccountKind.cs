namespace Charity.Points.Accounts;

/// <summary>What an account stands for; it decides whether the account may go below zero.</summary>
public enum AccountKind
{
    /// <summary>A volunteer or other individual who earns and spends.</summary>
    Person,

    /// <summary>A provider organisation (以奖代补 rewards).</summary>
    Organisation,

    /// <summary>A beneficiary household.</summary>
    Household,

    /// <summary>Points set aside by the bureau or a sponsor; every issue of points draws on one.</summary>
    Budget,

    /// <summary>The points supermarket (or one of its stations), which receives redeemed points.</summary>
    Store,

    /// <summary>Receives points when they expire.</summary>
    ExpirySink,

    /// <summary>
    /// Where units enter the ledger: a sponsor's or the bureau's pledge that mints points into budgets, or the
    /// outside world that donated money comes from. Its balance is minus everything it has issued, so it is
    /// the only kind that may go below zero.
    /// </summary>
    Funding,
}
