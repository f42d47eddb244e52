using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Referrals;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Cases;

namespace Charity.Portal.Blazor.Referrals;

internal static class ReferralPartyOf
{
    /// <summary>
    /// The side of the referral loop a signed-in person acts on: provider staff for their organisation, a caseworker
    /// (or the bureau) for the station's side; null for anyone else.
    /// </summary>
    public static ReferralParty? User(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(PortalRoles.ProviderStaff))
        {
            return PortalClaims.OrganisationOf(user) is { } organisation && PortalClaims.UserIdOf(user) is { } userId
                ? ReferralParty.Provider(userId, user.FindFirstValue(PortalClaims.DisplayName) ?? string.Empty, organisation)
                : null;
        }

        return user.IsInRole(PortalRoles.Caseworker) || user.IsInRole(PortalRoles.Admin)
            ? ReferralParty.Station(CaseAccessOf.User(user))
            : null;
    }
}
