using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Cases;
using Charity.Portal.Blazor.Accounts;

namespace Charity.Portal.Blazor.Cases;

internal static class CaseAccessOf
{
    /// <summary>The case-file scope of a signed-in person: their station, or the whole city for the bureau.</summary>
    public static CaseAccess User(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new CaseAccess(
            PortalClaims.UserIdOf(user) ?? throw new InvalidOperationException("The user is not signed in."),
            user.FindFirstValue(PortalClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty,
            PortalClaims.StationOf(user),
            user.IsInRole(PortalRoles.Admin));
    }
}
