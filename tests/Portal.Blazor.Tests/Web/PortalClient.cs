using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>Drives the statically rendered account forms over HTTP as a browser would: antiforgery token and all.</summary>
internal static partial class PortalClient
{
    public const string DemoPassword = "Demo#2026";

    /// <summary>A client that sends the bearer token the API issues for these credentials.</summary>
    public static async Task<HttpClient> CreateBearerClientAsync(this PortalFactory portal, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var client = portal.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<BearerToken>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>A client with the bearer token of the demo account of <paramref name="role"/>.</summary>
    public static Task<HttpClient> CreateDemoClientAsync(this PortalFactory portal, string role) =>
        portal.CreateBearerClientAsync(DemoAccounts.EmailFor(role), DemoPassword);

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string returnUrl = "/")
    {
        var token = await AntiforgeryTokenAsync(client, "/account/login");
        return await client.PostAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
    }

    /// <summary>The path and query of a redirect, whether the server sent it relative or absolute.</summary>
    public static string PathAndQuery(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private sealed record BearerToken(string AccessToken);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
