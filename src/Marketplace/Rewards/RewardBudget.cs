namespace Charity.Marketplace.Rewards;

/// <summary>
/// A named pot of points funded by the bureau or a sponsor: every point a rule pays is drawn from one, and its
/// ledger account never goes below zero.
/// </summary>
public sealed class RewardBudget
{
    public const int NameLength = 60;

    private RewardBudget()
    {
        Name = string.Empty;
        Sponsor = string.Empty;
        CreatedBy = string.Empty;
    }

    public RewardBudget(Guid id, string name, string sponsor, Guid accountId, DateTimeOffset createdAt, string createdBy)
    {
        Id = id;
        Name = name;
        Sponsor = sponsor;
        AccountId = accountId;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Who funds it: the bureau or a sponsoring organisation, by name.</summary>
    public string Sponsor { get; private set; }

    /// <summary>The budget's account in the points ledger.</summary>
    public Guid AccountId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }
}
