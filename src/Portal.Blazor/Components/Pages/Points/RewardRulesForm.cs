using Charity.Marketplace.Rewards;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>The reward rules as the editor binds them.</summary>
internal sealed class RewardRulesForm
{
    public int PointsPerVolunteerHour { get; set; }

    public int VolunteerDailyCap { get; set; }

    public List<MultiplierRow> Multipliers { get; private init; } = [];

    public int OrganisationRewardPoints { get; set; }

    public int OrganisationRewardMinimumSatisfaction { get; set; }

    public int HouseholdPointsPerHour { get; set; }

    public int ExpiryMonths { get; set; }

    public Guid VolunteerBudget { get; set; }

    public Guid ReferralBudget { get; set; }

    public Guid HouseholdBudget { get; set; }

    public static RewardRulesForm From(RewardRules rules) => new()
    {
        PointsPerVolunteerHour = rules.PointsPerVolunteerHour,
        VolunteerDailyCap = rules.VolunteerDailyCap,
        Multipliers = [.. rules.Multipliers.Select(m => new MultiplierRow { Code = m.Key, Multiplier = m.Value })],
        OrganisationRewardPoints = rules.OrganisationRewardPoints,
        OrganisationRewardMinimumSatisfaction = rules.OrganisationRewardMinimumSatisfaction,
        HouseholdPointsPerHour = rules.HouseholdPointsPerHour,
        ExpiryMonths = rules.ExpiryMonths,
        VolunteerBudget = rules.Budgets.VolunteerHours,
        ReferralBudget = rules.Budgets.CompletedReferrals,
        HouseholdBudget = rules.Budgets.HouseholdWork,
    };

    /// <summary>The rules this form describes; a code listed twice keeps its last multiplier, rows without a code are left out.</summary>
    public RewardRules ToRules() => new()
    {
        PointsPerVolunteerHour = PointsPerVolunteerHour,
        VolunteerDailyCap = VolunteerDailyCap,
        Multipliers = Multipliers.Where(m => !string.IsNullOrEmpty(m.Code))
            .GroupBy(m => m.Code!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Multiplier, StringComparer.Ordinal),
        OrganisationRewardPoints = OrganisationRewardPoints,
        OrganisationRewardMinimumSatisfaction = OrganisationRewardMinimumSatisfaction,
        HouseholdPointsPerHour = HouseholdPointsPerHour,
        ExpiryMonths = ExpiryMonths,
        Budgets = new RuleBudgets(VolunteerBudget, ReferralBudget, HouseholdBudget),
    };

    internal sealed class MultiplierRow
    {
        public string? Code { get; set; }

        public decimal Multiplier { get; set; } = 1m;
    }
}
