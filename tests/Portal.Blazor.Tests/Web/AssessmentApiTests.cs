using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Charity.Marketplace.Accounts;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>Assess a household and post its need over the API, as a station's own system would.</summary>
public sealed class AssessmentApiTests(SqlitePortalFactory portal) : IClassFixture<SqlitePortalFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record CasePage(List<CaseRow> Rows);

    private sealed record CaseRow(Guid Id, string Status);

    private sealed record Assessment(Guid Id, string Status, string Scores, Result? Result, Guid Version);

    private sealed record Result(decimal HardshipIndex, string Urgency, List<Suggestion> Suggestions);

    private sealed record Suggestion(string ServiceItemCode);

    [Fact]
    public async Task AssessAndPublish_OverTheApi_ScoresTheHouseholdAndRefusesPersonalData()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var file = (await client.GetFromJsonAsync<CasePage>("/api/v1/cases?status=Active", Json))!.Rows[0];

        var started = await client.PostAsync($"/api/v1/cases/{file.Id}/assessments", content: null);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var draft = (await started.Content.ReadFromJsonAsync<Assessment>(Json))!;
        Assert.Equal("Draft", draft.Status);

        var malformed = await client.PutAsJsonAsync($"/api/v1/assessments/{draft.Id}", new { scores = "0123", version = draft.Version });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        var scores = new char[52];
        Array.Fill(scores, '0');
        scores[0] = scores[13] = scores[27] = scores[28] = '3';
        var submitted = await client.PostAsJsonAsync($"/api/v1/assessments/{draft.Id}/submit", new { scores = new string(scores), version = draft.Version });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var result = (await submitted.Content.ReadFromJsonAsync<Assessment>(Json))!.Result!;
        Assert.Equal("Critical", result.Urgency);
        Assert.Contains(result.Suggestions, s => s.ServiceItemCode == "LIV-MEAL");

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var need = new { assessmentId = draft.Id, serviceItemCode = "LIV-MEAL", windowStart = today, windowEnd = today.AddDays(30), frequency = "Daily", description = "张女士行动不便，电话13905310000。" };
        var blocked = await client.PostAsJsonAsync("/api/v1/needs", need, Json);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        var problem = await blocked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["HonorificName", "Mobile"], problem.GetProperty("personalData").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).Order());

        var published = await client.PostAsJsonAsync("/api/v1/needs", need with { description = "独居老人行动不便，需要每天送餐。" }, Json);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
    }

    [Fact]
    public async Task Submit_StaleVersion_IsAConflict()
    {
        using var client = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var file = (await client.GetFromJsonAsync<CasePage>("/api/v1/cases?status=Active", Json))!.Rows[^1];
        var draft = (await (await client.PostAsync($"/api/v1/cases/{file.Id}/assessments", content: null)).Content.ReadFromJsonAsync<Assessment>(Json))!;
        var zeros = new string('0', 52);
        var saved = await client.PutAsJsonAsync($"/api/v1/assessments/{draft.Id}", new { scores = "1" + zeros[1..], version = draft.Version });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var stale = await client.PostAsJsonAsync($"/api/v1/assessments/{draft.Id}/submit", new { scores = zeros, version = draft.Version });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
    }
}
