using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Charity.EndToEnd.Hosting;
using Charity.TestSupport.Organisations;

namespace Charity.EndToEnd.Referrals;

/// <summary>The demo accounts over the API, to set the stage for a browser test quickly.</summary>
internal static class DemoApi
{
    /// <summary>A client with the bearer token of a demo account.</summary>
    public static async Task<HttpClient> BearerClientAsync(PortalServer server, string email)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password = "Demo#2026" });
        response.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>
    /// The first open need of the demo station, and an offer of the demo provider for its service item that reaches the
    /// whole city, published over the API so the need surely has it among its candidates.
    /// </summary>
    public static async Task<(Guid NeedId, Guid OfferId, string OfferTitle)> OpenNeedWithACitywideOfferAsync(PortalServer server)
    {
        using var caseworker = await BearerClientAsync(server, "caseworker@demo.weihai.example");
        using var needs = JsonDocument.Parse(await caseworker.GetStringAsync("/api/v1/needs?status=Open&pageSize=100"));
        var need = needs.RootElement.GetProperty("rows").EnumerateArray().First();
        var title = "阳光全市上门服务" + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        using var provider = await BearerClientAsync(server, "provider@demo.weihai.example");
        var offerId = await CitywideOffers.PublishAsync(provider, need.GetProperty("serviceItemCode").GetString()!, title);
        return (need.GetProperty("id").GetGuid(), offerId, title);
    }
}
