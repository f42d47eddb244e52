using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Privacy;
using Charity.TestSupport.Organisations;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>The referral API end to end: a need referred to an offer, and what the provider's response bodies carry before and after it accepts.</summary>
public abstract class ReferralApiTests<TFactory>(TFactory portal)
    where TFactory : PortalFactory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record CasePage(List<CaseRow> Rows);

    private sealed record CaseRow(Guid Id);

    private sealed record Created(Guid Id, Guid Version);

    [Fact]
    public async Task ProviderResponses_BeforeAccepting_CarryNoContactDetails_AfterAcceptingTheContactIsGiven()
    {
        using var caseworker = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        using var provider = await portal.CreateDemoClientAsync(PortalRoles.ProviderStaff);
        var (caseFileId, needId) = await PublishNeedAsync(caseworker);
        var offerId = await PublishCitywideOfferAsync(provider);
        using var candidates = JsonDocument.Parse(await caseworker.GetStringAsync($"/api/v1/needs/{needId}/candidates?count=50"));
        Assert.Contains(candidates.RootElement.EnumerateArray(), c => c.GetProperty("offerId").GetGuid() == offerId);

        var proposed = await caseworker.PostAsJsonAsync("/api/v1/referrals", new { needId, offerId });

        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var referralId = Guid.Parse(proposed.Headers.Location!.OriginalString.Split('/')[^1]);
        var household = await PersonalDataOfAsync(caseFileId);
        var inbox = await provider.GetStringAsync("/api/v1/referrals?status=Proposed&pageSize=200");
        Assert.Contains(referralId.ToString(), inbox, StringComparison.Ordinal);
        AssertCarriesNothingOf(household, inbox);
        var early = await provider.GetAsync($"/api/v1/referrals/{referralId}/contact");
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        AssertCarriesNothingOf(household, await early.Content.ReadAsStringAsync());

        var version = VersionIn(inbox, referralId);
        Assert.Equal(HttpStatusCode.NoContent, (await provider.PostAsJsonAsync($"/api/v1/referrals/{referralId}/accept", new { version })).StatusCode);

        using var contact = JsonDocument.Parse(await provider.GetStringAsync($"/api/v1/referrals/{referralId}/contact"));
        Assert.Equal(household.Phone, contact.RootElement.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Accept_WithAStaleVersionAndByACaseworker_AreRefusedAsProblems()
    {
        using var caseworker = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        using var provider = await portal.CreateDemoClientAsync(PortalRoles.ProviderStaff);
        var (_, needId) = await PublishNeedAsync(caseworker, fileIndex: 1);
        var offerId = await PublishCitywideOfferAsync(provider);
        var proposed = await caseworker.PostAsJsonAsync("/api/v1/referrals", new { needId, offerId });
        var referralId = Guid.Parse(proposed.Headers.Location!.OriginalString.Split('/')[^1]);

        var stale = await provider.PostAsJsonAsync($"/api/v1/referrals/{referralId}/accept", new { version = Guid.NewGuid() });
        var version = VersionIn(await provider.GetStringAsync("/api/v1/referrals?pageSize=200"), referralId);
        var byCaseworker = await caseworker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/accept", new { version });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, byCaseworker.StatusCode);
        Assert.Equal("application/problem+json", byCaseworker.Content.Headers.ContentType?.MediaType);
    }

    private static void AssertCarriesNothingOf(PersonalData household, string body)
    {
        Assert.DoesNotContain(household.Name, body, StringComparison.Ordinal);
        Assert.DoesNotContain(household.Phone, body, StringComparison.Ordinal);
        Assert.DoesNotContain(household.Address, body, StringComparison.Ordinal);
    }

    private static Guid VersionIn(string page, Guid referralId)
    {
        using var json = JsonDocument.Parse(page);
        return json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == referralId).GetProperty("version").GetGuid();
    }

    /// <summary>Assesses an active household of the demo station and posts its meal-delivery need.</summary>
    private static async Task<(Guid CaseFileId, Guid NeedId)> PublishNeedAsync(HttpClient caseworker, int fileIndex = 0)
    {
        var file = (await caseworker.GetFromJsonAsync<CasePage>("/api/v1/cases?status=Active&pageSize=50", Json))!.Rows[fileIndex];
        var draft = (await (await caseworker.PostAsync($"/api/v1/cases/{file.Id}/assessments", content: null)).Content.ReadFromJsonAsync<Created>(Json))!;
        var scores = new string('0', 27) + "3" + new string('0', 24);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/v1/assessments/{draft.Id}/submit", new { scores, version = draft.Version })).StatusCode);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var published = await caseworker.PostAsJsonAsync(
            "/api/v1/needs",
            new { assessmentId = draft.Id, serviceItemCode = "LIV-MEAL", windowStart = today, windowEnd = today.AddDays(30), frequency = "Daily", description = "行动不便，需要每天送餐。" },
            Json);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        return (file.Id, Guid.Parse(published.Headers.Location!.OriginalString.Split('/')[^1]));
    }

    private static Task<Guid> PublishCitywideOfferAsync(HttpClient provider) =>
        CitywideOffers.PublishAsync(provider, "LIV-MEAL", "全市助餐" + Guid.NewGuid().ToString("N")[..4]);

    private async Task<PersonalData> PersonalDataOfAsync(Guid caseFileId)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
        var file = await db.CaseFiles.AsNoTracking().SingleAsync(f => f.Id == caseFileId);
        return portal.Services.GetRequiredService<PersonalDataProtector>().Unprotect(file.Protected);
    }
}

public sealed class SqliteReferralApiTests(SqlitePortalFactory portal)
    : ReferralApiTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresReferralApiTests(PostgresPortalFactory portal)
    : ReferralApiTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
