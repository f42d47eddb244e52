using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Charity.TestSupport.Organisations;

/// <summary>
/// Publishes, over the offer API, an offer of the caller's organisation at Weihai's centre that travels 100 km: within
/// reach of every household in the city, so any open need of its item has it among its candidates.
/// </summary>
public static class CitywideOffers
{
    /// <summary>The new offer's id.</summary>
    public static async Task<Guid> PublishAsync(HttpClient staff, string serviceItemCode, string title)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var response = await staff.PostAsJsonAsync("/api/v1/offers", new
        {
            serviceItemCode,
            titleZh = title,
            descriptionZh = "社工和志愿者上门服务，全市可达。",
            latitude = 37.2,
            longitude = 122.1,
            radiusKm = 100,
            capacity = 50,
            capacityUnit = "HouseholdsPerWeek",
            days = "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday",
            opensAt = "08:00:00",
            closesAt = "18:00:00",
            startDate = today,
            endDate = today.AddDays(90),
            cost = 0,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("service").GetProperty("id").GetGuid();
    }
}
