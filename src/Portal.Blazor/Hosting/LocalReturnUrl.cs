namespace Charity.Portal.Blazor.Hosting;

/// <summary>Keeps redirects after sign-in or a preference switch on this site (no open redirects).</summary>
internal static class LocalReturnUrl
{
    public static string Sanitise(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl.StartsWith('/')
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
