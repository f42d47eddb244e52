namespace Charity.Marketplace.Accounts;

/// <summary>The roles of the portal; the names are the codes used in policies and tokens.</summary>
public static class PortalRoles
{
    public const string Caseworker = nameof(Caseworker);
    public const string ProviderStaff = nameof(ProviderStaff);
    public const string Volunteer = nameof(Volunteer);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [Caseworker, ProviderStaff, Volunteer, Admin];
}
