namespace Charity.Marketplace.Rewards;

/// <summary>
/// Public-benefit work a household did (village clean-up, road upkeep), as its caseworker logs it.
/// <paramref name="RequestId"/> identifies the form sent, so sending it twice pays once.
/// </summary>
public sealed record HouseholdWork(Guid RequestId, DateOnly Date, decimal Hours, string Activity)
{
    public const int ActivityLength = 100;
    public const decimal MaximumHours = 8m;

    /// <summary>How far back work may be logged.</summary>
    public const int MaximumAgeDays = 31;
}
