using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Charity.Marketplace;
using Charity.Marketplace.Regions;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>Volunteers who register themselves over the API, each new, so tests sharing a portal never share one.</summary>
internal static class NewVolunteers
{
    public const string Password = "Volunteer#2026";

    public static string NewEmail() => $"volunteer-{Guid.NewGuid():N}@api.example";

    /// <summary>Registers a volunteer (with a mobile number when given) and returns a client with their bearer token.</summary>
    public static async Task<(HttpClient Client, string Name)> CreateNewVolunteerClientAsync(this PortalFactory portal, string? phone = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var email = NewEmail();
        var name = $"志愿者{Guid.NewGuid().ToString("N")[..6]}";
        var registered = await portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new { displayName = name, email, password = Password, districtId = await portal.FirstDistrictIdAsync() });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var client = await portal.CreateBearerClientAsync(email, Password);
        if (phone is not null)
        {
            var saved = await client.PutAsJsonAsync("/api/v1/volunteers/me", new { phone, version = await ProfileVersionAsync(client) });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        return (client, name);
    }

    public static async Task<Guid> ProfileVersionAsync(HttpClient volunteer)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        using var profile = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/volunteers/me"));
        return profile.RootElement.GetProperty("version").GetGuid();
    }

    public static async Task<Guid> FirstDistrictIdAsync(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        _ = portal.Server;
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
        return await db.Regions.Where(r => r.Level == RegionLevel.District).OrderBy(r => r.Code).Select(r => r.Id).FirstAsync();
    }
}
