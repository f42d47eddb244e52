namespace Charity.Marketplace.Rewards;

/// <summary>The kinds of business event the marketplace's points transactions refer to; statements group by them.</summary>
public static class RewardReferences
{
    public const string Visit = "visit";
    public const string CompletedReferral = "referral";
    public const string HouseholdWork = "household-work";
    public const string BudgetFunding = "budget-funding";
    public const string Gift = "gift";
}
