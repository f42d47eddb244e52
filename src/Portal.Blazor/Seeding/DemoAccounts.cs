using Charity.Marketplace.Accounts;

namespace Charity.Portal.Blazor.Seeding;

/// <summary>The one demo account per role, shown on the sign-in page while demo data is on.</summary>
public static class DemoAccounts
{
    public sealed record Account(string Role, string Email);

    public static IReadOnlyList<Account> All { get; } =
    [
        new(PortalRoles.Caseworker, "caseworker@demo.weihai.example"),
        new(PortalRoles.ProviderStaff, "provider@demo.weihai.example"),
        new(PortalRoles.Volunteer, "volunteer@demo.weihai.example"),
        new(PortalRoles.Admin, "admin@demo.weihai.example"),
    ];

    public static string EmailFor(string role) => All.Single(a => a.Role == role).Email;
}
