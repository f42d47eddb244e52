namespace Charity.Points.Accounts;

/// <summary>The behaviour that follows from an account's kind.</summary>
internal static class AccountRules
{
    public const int OwnerMaxLength = 128;

    /// <summary>Only a funding account may be overdrawn: everything else holds what it was given.</summary>
    public static bool MayGoNegative(AccountKind kind) => kind == AccountKind.Funding;

    /// <summary>Credits to these accounts start a lot that expires oldest first, so they carry an earned-at time.</summary>
    public static bool HoldsExpiringLots(AccountKind kind) => kind is AccountKind.Person or AccountKind.Household;
}
