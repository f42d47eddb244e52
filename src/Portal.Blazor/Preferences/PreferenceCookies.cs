using Microsoft.AspNetCore.Localization;

namespace Charity.Portal.Blazor.Preferences;

/// <summary>Reads and writes the culture and care-mode cookies that the pages render with.</summary>
public static class PreferenceCookies
{
    public const string CareModeName = "charity.care";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static bool ReadCareMode(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Cookies[CareModeName] == "1";
    }

    public static void Write(HttpResponse response, string culture, bool careMode)
    {
        ArgumentNullException.ThrowIfNull(response);
        var options = new CookieOptions { MaxAge = Lifetime, IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = false, Path = "/" };
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(PortalCultures.Normalise(culture))),
            options);
        response.Cookies.Append(CareModeName, careMode ? "1" : "0", options);
    }
}
