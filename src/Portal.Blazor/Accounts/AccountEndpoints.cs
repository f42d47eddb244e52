using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Portal.Blazor.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Charity.Portal.Blazor.Accounts;

internal static class AccountEndpoints
{
    public sealed record TokenRequest([Required] string Email, [Required] string Password);

    public sealed record CurrentUser(string Email, string DisplayName, IReadOnlyList<string> Roles, Guid? StationId, Guid? OrganisationId);

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (SignInManager<PortalUser> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(LocalReturnUrl.Sanitise(returnUrl));
        }).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/account").WithTags("Account");
        api.MapPost("/token", IssueTokenAsync).RequireRateLimiting(RateLimiting.SignInPolicy).DisableAntiforgery();
        api.MapGet("/me", GetCurrentUserAsync).RequireAuthorization(IdentityRegistration.ApiPolicy);
        return app;
    }

    /// <summary>Issues a bearer token for the API; the same lockout rules as the sign-in page apply.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueTokenAsync(TokenRequest request, SignInManager<PortalUser> signInManager)
    {
        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.Empty;
        }

        return TypedResults.Problem(
            title: result.IsLockedOut ? "Account locked" : "Sign-in failed",
            detail: result.IsLockedOut ? "Too many failed attempts. Try again in 15 minutes." : "The e-mail or password is incorrect.",
            statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<Ok<CurrentUser>, UnauthorizedHttpResult>> GetCurrentUserAsync(ClaimsPrincipal principal, UserManager<PortalUser> userManager)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var roles = await userManager.GetRolesAsync(user);
        return TypedResults.Ok(new CurrentUser(user.Email ?? string.Empty, user.DisplayName, roles.ToList(), user.StationId, user.OrganisationId));
    }
}
