using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Rewards;

/// <summary>One thing wrong with <see cref="RewardRules"/>: the setting it concerns and a message.</summary>
public sealed record RewardRulesProblem(string Setting, LocalizedText Message)
{
    public override string ToString() => $"{Setting}: {Message}";
}
