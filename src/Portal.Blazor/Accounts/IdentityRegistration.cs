using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Charity.Portal.Blazor.Accounts;

internal static class IdentityRegistration
{
    /// <summary>The policy that API endpoints use: a bearer token, never the page cookie (no CSRF surface).</summary>
    public const string ApiPolicy = "Api";

    /// <summary>API access to case files: station caseworkers and the bureau, with a bearer token.</summary>
    public const string CaseFilesApiPolicy = "Api.CaseFiles";

    /// <summary>API actions of the bureau alone (organisation verification), with a bearer token.</summary>
    public const string AdminApiPolicy = "Api.Admin";

    public static WebApplicationBuilder AddPortalIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddCascadingAuthenticationState();
        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.AccessDeniedPath = "/account/access-denied";
                cookie.Cookie.Name = "charity.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            }));

        builder.Services
            .AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<PortalRole>()
            .AddEntityFrameworkStores<MarketplaceDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalUserClaimsPrincipalFactory>();

        builder.Services.AddScoped<VolunteerSignUp>();
        builder.Services.AddScoped<OrganisationSignUp>();
        builder.Services.AddScoped<ColleagueSignUp>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser())
            .AddPolicy(CaseFilesApiPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireRole(PortalRoles.Caseworker, PortalRoles.Admin))
            .AddPolicy(AdminApiPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireRole(PortalRoles.Admin));
        return builder;
    }
}
