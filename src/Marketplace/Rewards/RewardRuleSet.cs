namespace Charity.Marketplace.Rewards;

/// <summary>
/// One version of the reward rules: a payment names the version it was computed with, and the version in effect
/// at an event is the latest saved (<see cref="RuleSetVersion{TRules}.CreatedAt"/>) before it.
/// </summary>
public sealed class RewardRuleSet : RuleSetVersion<RewardRules>
{
    private RewardRuleSet()
    {
    }

    public RewardRuleSet(int number, RewardRules rules, DateTimeOffset createdAt, string createdBy)
        : base(number, rules, createdAt, createdBy)
    {
    }
}
