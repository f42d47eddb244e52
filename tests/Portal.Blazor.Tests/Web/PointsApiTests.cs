using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Rewards;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;
using Charity.Points.Transactions;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>The points and supermarket API end to end: budgets, household work, a volunteer's order from placing to pick-up, a household's order.</summary>
public abstract class PointsApiTests<TFactory>(TFactory portal)
    where TFactory : PortalFactory
{
    [Fact]
    public async Task Funding_SentTwiceWithOneRequestId_FundsOnce_AndAZeroFundingIsAProblemNamingTheField()
    {
        using var admin = await portal.CreateDemoClientAsync(PortalRoles.Admin);
        var created = await admin.PostAsJsonAsync("/api/v1/points/budgets", new { name = $"接口预算{Guid.NewGuid().ToString("N")[..8]}", sponsor = "测试企业" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var budget = created.Headers.Location!.OriginalString.Split('/')[^1];
        var funding = new { points = 300, requestId = Guid.NewGuid() };

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/points/budgets/{budget}/fundings", funding)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/points/budgets/{budget}/fundings", funding)).StatusCode);
        var zero = await admin.PostAsJsonAsync($"/api/v1/points/budgets/{budget}/fundings", new { points = 0, requestId = Guid.NewGuid() });

        using var budgets = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/points/budgets"));
        Assert.Equal(300, budgets.RootElement.EnumerateArray().Single(b => b.GetProperty("id").GetString() == budget).GetProperty("balance").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal("application/problem+json", zero.Content.Headers.ContentType?.MediaType);
        Assert.Contains("points", await zero.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HouseholdWork_PaysTheHousehold_OnlyForItsOwnStation()
    {
        using var caseworker = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var (own, other) = await HouseholdsAsync();
        var work = new { requestId = Guid.NewGuid(), date = ChinaCalendar.Today(TimeProvider.System), hours = 1.5m, activity = "村道清扫" };

        var paid = await caseworker.PostAsJsonAsync($"/api/v1/points/households/{own}/work", work);
        var elsewhere = await caseworker.PostAsJsonAsync($"/api/v1/points/households/{other}/work", work with { requestId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        using var balance = JsonDocument.Parse(await caseworker.GetStringAsync($"/api/v1/points/households/{own}"));
        Assert.Equal(8, balance.RootElement.GetProperty("points").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Order_PlacedRetriedCollected_ThenCannotBeCancelled_AndTheStationSeesNoBuyer()
    {
        var (volunteer, name) = await portal.CreateNewVolunteerClientAsync();
        using var _ = volunteer;
        using var caseworker = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var item = await StockItemAsync(price: 30);
        var order = new { itemId = item, quantity = 1, requestId = Guid.NewGuid() };

        var tooPoor = await volunteer.PostAsJsonAsync("/api/v1/store/orders", order);
        Assert.Equal(HttpStatusCode.Conflict, tooPoor.StatusCode);
        await GiveAsync(volunteer, 50);
        var request = order with { requestId = Guid.NewGuid() };
        var placed = await volunteer.PostAsJsonAsync("/api/v1/store/orders", request);
        var retried = await volunteer.PostAsJsonAsync("/api/v1/store/orders", request);

        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var orderId = placed.Headers.Location!.OriginalString.Split('/')[^1];
        using (var again = JsonDocument.Parse(await retried.Content.ReadAsStringAsync()))
        {
            Assert.Equal(orderId, again.RootElement.GetProperty("id").GetString());
        }

        using (var balance = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/points/me")))
        {
            Assert.Equal(20, balance.RootElement.GetProperty("points").GetInt64());
        }

        var pickups = await caseworker.GetStringAsync("/api/v1/store/pickups?status=Placed");
        Assert.Contains(orderId, pickups, StringComparison.Ordinal);
        Assert.DoesNotContain(name, pickups, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsync($"/api/v1/store/pickups/{orderId}/collect", content: null)).StatusCode);
        var late = await volunteer.PostAsJsonAsync($"/api/v1/store/orders/{orderId}/cancel", new { reason = "不需要了" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var blank = await volunteer.PostAsJsonAsync($"/api/v1/store/orders/{orderId}/cancel", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        using var mine = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/store/orders?pageSize=10"));
        Assert.Equal(1, mine.RootElement.GetProperty("totalCount").GetInt32());
        Assert.Equal(orderId, mine.RootElement.GetProperty("rows")[0].GetProperty("order").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnotherRolesToken_IsForbiddenFromAVolunteersPoints()
    {
        using var provider = await portal.CreateDemoClientAsync(PortalRoles.ProviderStaff);

        var response = await provider.GetAsync("/api/v1/points/me");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task HouseholdOrder_ByItsCaseworker_IsPaidFromItsPointsOnceAndNoted_AndAnotherStationsHouseholdIsNotFound()
    {
        using var caseworker = await portal.CreateDemoClientAsync(PortalRoles.Caseworker);
        var (_, other) = await HouseholdsAsync();
        var household = await SecondHouseholdOfTheDemoStationAsync();
        var work = new { requestId = Guid.NewGuid(), date = ChinaCalendar.Today(TimeProvider.System), hours = 4m, activity = "帮助整理物资" };
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/v1/points/households/{household}/work", work)).StatusCode);
        var order = new { itemId = await StockItemAsync(price: 15), quantity = 1, requestId = Guid.NewGuid() };

        var placed = await caseworker.PostAsJsonAsync($"/api/v1/store/households/{household}/orders", order);
        var retried = await caseworker.PostAsJsonAsync($"/api/v1/store/households/{household}/orders", order);
        var tooPoor = await caseworker.PostAsJsonAsync($"/api/v1/store/households/{household}/orders", order with { requestId = Guid.NewGuid() });
        var elsewhere = await caseworker.PostAsJsonAsync($"/api/v1/store/households/{other}/orders", order with { requestId = Guid.NewGuid() });

        Assert.Equal(
            (HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.NotFound),
            (placed.StatusCode, retried.StatusCode, tooPoor.StatusCode, elsewhere.StatusCode));
        using var balance = JsonDocument.Parse(await caseworker.GetStringAsync($"/api/v1/points/households/{household}"));
        Assert.Equal(20 - 15, balance.RootElement.GetProperty("points").GetInt64());
        using var orders = JsonDocument.Parse(await caseworker.GetStringAsync($"/api/v1/store/households/{household}/orders"));
        Assert.Equal(1, orders.RootElement.GetProperty("totalCount").GetInt32());
        Assert.Equal(15, orders.RootElement.GetProperty("rows")[0].GetProperty("order").GetProperty("points").GetInt64());
        using var timeline = JsonDocument.Parse(await caseworker.GetStringAsync($"/api/v1/cases/{household}/timeline"));
        Assert.Single(timeline.RootElement.EnumerateArray(), e => e.GetProperty("note").GetString() == "1 × 大米 5 公斤 · −15");
    }

    [Fact]
    public async Task Items_ComeAPageAtATime_WithTheirTotal()
    {
        using var volunteer = await portal.CreateDemoClientAsync(PortalRoles.Volunteer);
        await StockItemAsync(price: 5);
        await StockItemAsync(price: 6);

        using var first = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/store/items?page=0&pageSize=1"));
        using var second = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/store/items?page=1&pageSize=1"));

        Assert.True(first.RootElement.GetProperty("totalCount").GetInt32() >= 2);
        var ids = new[] { first, second }.Select(page => Assert.Single(page.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("id").GetGuid()).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public async Task Items_SearchedByName_AreThoseWhoseNameHoldsTheText()
    {
        using var volunteer = await portal.CreateDemoClientAsync(PortalRoles.Volunteer);
        var word = $"挂面{Guid.NewGuid():N}"[..12];
        var noodles = await StockItemAsync(price: 5, name: $"爱心{word} 2 公斤");
        await StockItemAsync(price: 5);

        using var found = JsonDocument.Parse(await volunteer.GetStringAsync($"/api/v1/store/items?search={Uri.EscapeDataString(word)}"));

        Assert.Equal(1, found.RootElement.GetProperty("totalCount").GetInt32());
        Assert.Equal(noodles, Assert.Single(found.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("id").GetGuid());
    }

    /// <summary>Gives the volunteer points from the bureau's budget, as a payment for their service would.</summary>
    private async Task GiveAsync(HttpClient volunteer, long points)
    {
        using var profile = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/volunteers/me"));
        var userId = await UserIdOfAsync(profile.RootElement.GetProperty("displayName").GetString()!);
        using var scope = portal.Services.CreateScope();
        var volunteerId = (await scope.ServiceProvider.GetRequiredService<Charity.Marketplace.Volunteers.VolunteerProfiles>().VolunteerIdOfAsync(userId))!.Value;
        var account = await scope.ServiceProvider.GetRequiredService<RewardAccounts>().VolunteerAsync(volunteerId);
        var bureau = await scope.ServiceProvider.GetRequiredService<RewardBudgets>().BureauBudgetAsync();
        var result = await scope.ServiceProvider.GetRequiredService<Ledger>().TransferAsync(
            TransferRequest.Move($"test:{Guid.NewGuid():N}", new BusinessReference(RewardReferences.Visit, Guid.NewGuid().ToString("N")), "test", bureau.AccountId, account.Id, points));
        Assert.Equal(TransferStatus.Applied, result.Status);
    }

    private async Task<Guid> StockItemAsync(long price, string name = "大米 5 公斤")
    {
        using var scope = portal.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
        var station = await db.Users.Where(u => u.Email == Seeding.DemoAccounts.EmailFor(PortalRoles.Caseworker)).Select(u => u.StationId!.Value).SingleAsync();
        var sponsor = await db.Organisations.OrderBy(o => o.Name).Select(o => o.Id).FirstAsync();
        var result = await scope.ServiceProvider.GetRequiredService<SupermarketShelves>().StockAsync(
            actingOrganisation: null, sponsor, new SupermarketItemDraft(name, "爱心企业捐赠", StoreItemKind.Goods, price, 5, station));
        Assert.Equal(RewardOutcome.Done, result.Outcome);
        return result.Id!.Value;
    }

    private async Task<Guid> UserIdOfAsync(string displayName)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.DisplayName == displayName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A household of the demo caseworker's station that the other tests here leave alone.</summary>
    private async Task<Guid> SecondHouseholdOfTheDemoStationAsync()
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
        var station = await db.Users.Where(u => u.Email == Seeding.DemoAccounts.EmailFor(PortalRoles.Caseworker)).Select(u => u.StationId!.Value).SingleAsync();
        return await db.CaseFiles.Where(f => f.StationId == station).OrderBy(f => f.Id).Select(f => f.Id).Skip(1).FirstAsync();
    }

    private async Task<(Guid Own, Guid Other)> HouseholdsAsync()
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>().CreateDbContextAsync();
        var station = await db.Users.Where(u => u.Email == Seeding.DemoAccounts.EmailFor(PortalRoles.Caseworker)).Select(u => u.StationId!.Value).SingleAsync();
        var own = await db.CaseFiles.Where(f => f.StationId == station).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        var other = await db.CaseFiles.Where(f => f.StationId != station).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        return (own, other);
    }
}

public sealed class SqlitePointsApiTests(SqlitePortalFactory portal)
    : PointsApiTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresPointsApiTests(PostgresPortalFactory portal)
    : PointsApiTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
