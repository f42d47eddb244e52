using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Charity.Portal.Blazor.Accounts;

/// <summary>Authorisation of API endpoints: bearer tokens, by role.</summary>
internal static class ApiPolicies
{
    public static Action<AuthorizationPolicyBuilder> BearerRole(params string[] roles) =>
        policy => policy.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(roles);
}
