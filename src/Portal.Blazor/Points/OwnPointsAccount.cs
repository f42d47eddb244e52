using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Rewards;
using Charity.Points.Accounts;
using Charity.Portal.Blazor.Accounts;

namespace Charity.Portal.Blazor.Points;

/// <summary>
/// The points account a signed-in person's statement is of: a volunteer's own, or their organisation's for its staff;
/// null before it earned anything.
/// </summary>
internal sealed class OwnPointsAccount(SignedInVolunteer volunteers, RewardAccounts accounts)
{
    public async Task<AccountView?> FindAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(PortalRoles.ProviderStaff))
        {
            return (await volunteers.FindAsync(user, cancellationToken))?.Account;
        }

        return PortalClaims.OrganisationOf(user) is { } organisation ? await accounts.FindOrganisationAsync(organisation, cancellationToken) : null;
    }

    /// <summary>Where the statement's breadcrumb leads back to: the volunteer's points, or the organisations' leaderboard.</summary>
    public static string HomeOf(ClaimsPrincipal user) => user.IsInRole(PortalRoles.ProviderStaff) ? "/points/leaderboard" : "/points";
}
