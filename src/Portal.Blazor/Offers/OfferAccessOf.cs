using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Offers;
using Charity.Portal.Blazor.Accounts;

namespace Charity.Portal.Blazor.Offers;

internal static class OfferAccessOf
{
    /// <summary>The offer scope of a person: provider staff their organisation, the bureau everything, anyone else the public view.</summary>
    public static OfferAccess User(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(PortalRoles.Admin))
        {
            return OfferAccess.Bureau;
        }

        return user.IsInRole(PortalRoles.ProviderStaff) && PortalClaims.OrganisationOf(user) is { } organisation
            ? OfferAccess.Staff(organisation)
            : OfferAccess.Public;
    }
}
