namespace Charity.Marketplace.Assessment;

/// <summary>The stable codes of the assessment dimensions, used as keys of settings such as weights.</summary>
public static class DimensionCodes
{
    public const string Household = "HOUSEHOLD";
    public const string Health = "HEALTH";
    public const string Income = "INCOME";
    public const string Housing = "HOUSING";
    public const string DailyLiving = "DAILY_LIVING";
    public const string Education = "EDUCATION";
    public const string Employment = "EMPLOYMENT";
    public const string SocialSupport = "SOCIAL_SUPPORT";
}
