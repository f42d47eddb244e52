using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Rewards;

/// <summary>Checks reward settings against bounds a bureau would accept; budgets are checked where they are stored.</summary>
internal sealed class RewardRulesValidator
{
    private const decimal MaximumMultiplier = 10m;

    private readonly List<RewardRulesProblem> _problems = [];

    public static IReadOnlyList<RewardRulesProblem> Validate(RewardRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var validator = new RewardRulesValidator();
        validator.CheckRange(nameof(RewardRules.PointsPerVolunteerHour), rules.PointsPerVolunteerHour, 1, 1000);
        validator.CheckRange(nameof(RewardRules.VolunteerDailyCap), rules.VolunteerDailyCap, 1, 10_000);
        validator.CheckRange(nameof(RewardRules.OrganisationRewardPoints), rules.OrganisationRewardPoints, 0, 10_000);
        validator.CheckRange(nameof(RewardRules.OrganisationRewardMinimumSatisfaction), rules.OrganisationRewardMinimumSatisfaction, 1, 5);
        validator.CheckRange(nameof(RewardRules.HouseholdPointsPerHour), rules.HouseholdPointsPerHour, 0, 1000);
        validator.CheckRange(nameof(RewardRules.ExpiryMonths), rules.ExpiryMonths, 1, 120);
        foreach (var (code, multiplier) in rules.Multipliers)
        {
            if (multiplier is <= 0 or > MaximumMultiplier)
            {
                validator._problems.Add(new(
                    $"{nameof(RewardRules.Multipliers)}.{code}",
                    new LocalizedText($"{code} 的倍数为 {multiplier}，应大于 0 且不超过 {MaximumMultiplier}。", $"The multiplier of {code} is {multiplier}; it must be above 0 and at most {MaximumMultiplier}.")));
            }
        }

        return validator._problems;
    }

    private void CheckRange(string setting, int value, int minimum, int maximum)
    {
        if (value < minimum || value > maximum)
        {
            _problems.Add(new(setting, new LocalizedText($"取值 {value} 超出范围，应在 {minimum} 到 {maximum} 之间。", $"{value} is out of range; it must be between {minimum} and {maximum}.")));
        }
    }
}
