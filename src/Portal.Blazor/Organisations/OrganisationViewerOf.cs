using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Accounts;

namespace Charity.Portal.Blazor.Organisations;

internal static class OrganisationViewerOf
{
    /// <summary>How a person sees organisations: the bureau sees all, provider staff also their own, everyone else the verified ones.</summary>
    public static OrganisationViewer User(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return OrganisationViewer.Anonymous;
        }

        return new OrganisationViewer(user.IsInRole(PortalRoles.ProviderStaff) ? PortalClaims.OrganisationOf(user) : null, user.IsInRole(PortalRoles.Admin));
    }
}
