using System.Threading.RateLimiting;

namespace Charity.Portal.Blazor.Accounts;

/// <summary>Per-address limits on sign-in attempts and API calls.</summary>
internal static class RateLimiting
{
    public const string SignInPolicy = "sign-in";
    public const string ApiPolicy = "api";

    public static WebApplicationBuilder AddPortalRateLimiting(this WebApplicationBuilder builder)
    {
        var signInPerMinute = builder.Configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var apiPerMinute = builder.Configuration.GetValue("RateLimits:ApiPerMinute", 300);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInPolicy, context => FixedWindowPerAddress(context, signInPerMinute));
            options.AddPolicy(ApiPolicy, context => FixedWindowPerAddress(context, apiPerMinute));
        });
        return builder;
    }

    private static RateLimitPartition<string> FixedWindowPerAddress(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
