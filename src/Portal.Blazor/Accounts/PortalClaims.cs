using System.Globalization;
using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Charity.Portal.Blazor.Accounts;

/// <summary>Claims the portal adds to a signed-in person, so pages need no lookup to scope what they show.</summary>
public static class PortalClaims
{
    public const string DisplayName = "charity:display_name";
    public const string StationId = "charity:station";
    public const string OrganisationId = "charity:organisation";

    public static Guid? StationOf(ClaimsPrincipal user) => GuidClaim(user, StationId);

    public static Guid? OrganisationOf(ClaimsPrincipal user) => GuidClaim(user, OrganisationId);

    public static Guid? UserIdOf(ClaimsPrincipal user) => GuidClaim(user, ClaimTypes.NameIdentifier);

    private static Guid? GuidClaim(ClaimsPrincipal user, string type)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(type), out var id) ? id : null;
    }
}

internal sealed class PortalUserClaimsPrincipalFactory(
    UserManager<PortalUser> userManager,
    RoleManager<PortalRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, PortalRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.StationId is { } stationId)
        {
            identity.AddClaim(new Claim(PortalClaims.StationId, stationId.ToString("D", CultureInfo.InvariantCulture)));
        }

        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(PortalClaims.OrganisationId, organisationId.ToString("D", CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
