using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Rewards;

/// <summary>
/// How sea-shell points are earned, as an Admin sets them: each saved version is kept, and a payment uses the
/// version in effect when the event that earned it happened. The defaults are DOMAIN's.
/// </summary>
public sealed record RewardRules
{
    public static readonly RewardRules Default = new()
    {
        PointsPerVolunteerHour = 10,
        VolunteerDailyCap = 80,
        Multipliers = new Dictionary<string, decimal> { ["HLT"] = 1.5m },
        OrganisationRewardPoints = 20,
        OrganisationRewardMinimumSatisfaction = 4,
        HouseholdPointsPerHour = 5,
        ExpiryMonths = 24,
        Budgets = new RuleBudgets(Guid.Empty, Guid.Empty, Guid.Empty),
    };

    /// <summary>Points per confirmed service hour of a volunteer, before the item's multiplier.</summary>
    public required int PointsPerVolunteerHour { get; init; }

    /// <summary>The most points a volunteer earns for the services of one day.</summary>
    public required int VolunteerDailyCap { get; init; }

    /// <summary>Multipliers by catalog code: an item's own code wins over its category's; 1.0 for codes not listed.</summary>
    public required IReadOnlyDictionary<string, decimal> Multipliers { get; init => field = ValueMap.Of(value); }

    /// <summary>Points to an organisation for each completed referral rated at least <see cref="OrganisationRewardMinimumSatisfaction"/>.</summary>
    public required int OrganisationRewardPoints { get; init; }

    public required int OrganisationRewardMinimumSatisfaction { get; init; }

    /// <summary>Points per hour of public-benefit work a household's caseworker logs.</summary>
    public required int HouseholdPointsPerHour { get; init; }

    /// <summary>Points expire this many months after they were earned, oldest first.</summary>
    public required int ExpiryMonths { get; init; }

    /// <summary>The budget each rule draws on.</summary>
    public required RuleBudgets Budgets { get; init; }

    public decimal MultiplierFor(string itemCode, string categoryCode) =>
        Multipliers.TryGetValue(itemCode, out var own) ? own
        : Multipliers.TryGetValue(categoryCode, out var category) ? category
        : 1m;

    /// <summary>A volunteer's points for a visit, before the daily cap; halves round up.</summary>
    public long VolunteerPoints(int minutes, decimal multiplier) =>
        RoundPoints(minutes / 60m * PointsPerVolunteerHour * multiplier);

    public long HouseholdPoints(decimal hours) => RoundPoints(hours * HouseholdPointsPerHour);

    /// <summary>What is wrong with these settings, in words an Admin can act on; empty when they can be used.</summary>
    public IReadOnlyList<RewardRulesProblem> Validate() => RewardRulesValidator.Validate(this);

    private static long RoundPoints(decimal points) => (long)Math.Round(points, MidpointRounding.AwayFromZero);
}

/// <summary>The budget account each earning rule draws on, by <see cref="RewardBudget"/> id.</summary>
public sealed record RuleBudgets(Guid VolunteerHours, Guid CompletedReferrals, Guid HouseholdWork);
