using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Hosting;
using Microsoft.AspNetCore.Localization;

namespace Charity.Portal.Blazor.Preferences;

/// <summary>
/// Switches language or care mode with a plain GET and a redirect back, so it works on static pages
/// (sign-in) as well as interactive ones, and is remembered for the signed-in person.
/// </summary>
internal static class PreferenceEndpoints
{
    public static IEndpointRouteBuilder MapPreferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/preferences").ExcludeFromDescription();
        group.MapGet("/culture", async (string culture, string? returnUrl, HttpContext context, UserPreferencesStore store) =>
        {
            var chosen = PortalCultures.Normalise(culture);
            PreferenceCookies.Write(context.Response, chosen, PreferenceCookies.ReadCareMode(context));
            if (PortalClaims.UserIdOf(context.User) is { } userId)
            {
                await store.SaveCultureAsync(userId, chosen, context.RequestAborted);
            }

            return TypedResults.LocalRedirect(LocalReturnUrl.Sanitise(returnUrl));
        });
        group.MapGet("/care-mode", async (bool on, string? returnUrl, HttpContext context, UserPreferencesStore store) =>
        {
            var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name;
            PreferenceCookies.Write(context.Response, culture ?? PortalCultures.Chinese, on);
            if (PortalClaims.UserIdOf(context.User) is { } userId)
            {
                await store.SaveCareModeAsync(userId, on, context.RequestAborted);
            }

            return TypedResults.LocalRedirect(LocalReturnUrl.Sanitise(returnUrl));
        });
        return app;
    }
}
