using System.Net.Http.Json;
using System.Text.Json;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Charity.EndToEnd.Referrals;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Points;

/// <summary>
/// Sea-shell points from service to supermarket with the demo accounts: the demo volunteer serves on a referral of the
/// demo provider, the caseworker confirms the visit on the board, the volunteer sees the points, orders an item to be
/// collected at the caseworker's station, and the caseworker hands it over; the bureau sees the payment on its budget's
/// statement, and its ledger verifies intact.
/// </summary>
[Collection(PortalInBrowser.Name)]
public sealed class PointsJourneyTests(PortalServer server)
{
    private const string Item = "爱心毛巾";

    [Fact]
    public async Task ConfirmedVisit_PaysTheVolunteer_WhoOrdersAnItem_ThatTheCaseworkerHandsOver()
    {
        var (offerTitle, minutes) = await VisitByTheDemoVolunteerAsync();
        await using (var caseworker = await server.OpenAsync())
        {
            var page = caseworker.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Caseworker"));
            await shell.MenuLinks.Filter(new() { HasTextString = "转介看板" }).ClickAsync();
            var row = page.GetByTestId("board-referral").Filter(new() { HasTextString = offerTitle }).First;
            var visit = row.GetByTestId("board-visit").Filter(new() { HasTextString = minutes }).First;
            await visit.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
            await Expect(row.GetByTestId("board-visit").Filter(new() { HasTextString = minutes }).First).ToContainTextAsync("已确认");
        }

        var points = await PaidPointsAsync();
        await using (var volunteer = await server.OpenAsync())
        {
            var page = volunteer.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Volunteer"));
            await shell.MenuLinks.Filter(new() { HasTextString = "我的海贝分" }).ClickAsync();
            await Expect(shell.Heading).ToHaveTextAsync("我的海贝分");
            await Expect(page.GetByText(points.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Exact = true }).First).ToBeVisibleAsync();
            await Expect(page.GetByText("服务时长").First).ToBeVisibleAsync();
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, shell.Language, "my-points");

            await shell.MenuLinks.Filter(new() { HasTextString = "积分超市" }).ClickAsync();
            await shell.WaitForCircuitAsync();
            await Expect(shell.Heading).ToHaveTextAsync("积分超市");
            var card = page.Locator(".mud-card").Filter(new() { HasTextString = Item }).Filter(new() { HasTextString = "环翠楼" }).First;
            await card.GetByRole(AriaRole.Button, new() { Name = "兑换", Exact = true }).ClickAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "确认兑换" }).ClickAsync();
            await Expect(card.GetByRole(AriaRole.Status).Last).ToContainTextAsync("环翠楼");
            await Screenshots.SaveAsync(page, shell.Language, "store");

            await shell.MenuLinks.Filter(new() { HasTextString = "我的订单" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = Item }).First).ToContainTextAsync("待领取");
            await Screenshots.SaveAsync(page, shell.Language, "orders");
        }

        await using (var caseworker = await server.OpenAsync())
        {
            var page = caseworker.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Caseworker"));
            await shell.MenuLinks.Filter(new() { HasTextString = "积分超市取货" }).ClickAsync();
            await shell.WaitForCircuitAsync();
            await Expect(shell.Heading).ToHaveTextAsync("积分超市取货");
            var order = page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = Item }).First;
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, shell.Language, "pick-ups");
            await order.GetByRole(AriaRole.Button, new() { Name = "已领取", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "已标记为已领取" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Tab).Filter(new() { HasTextString = "已领取（1）" })).ToBeVisibleAsync();
        }

        await using (var volunteer = await server.OpenAsync())
        {
            var page = volunteer.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Volunteer"));
            await shell.MenuLinks.Filter(new() { HasTextString = "我的订单" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = Item }).First).ToContainTextAsync("已领取");
            await shell.MenuLinks.Filter(new() { HasTextString = "我的海贝分" }).ClickAsync();
            await shell.WaitForCircuitAsync();
            await shell.CareModeButton.ClickAsync();
            await shell.ExpectCareModeAsync(on: true);
            await Screenshots.SaveAsync(page, shell.Language, "my-points-care-mode");
            await shell.CareModeButton.ClickAsync();
            await shell.ExpectCareModeAsync(on: false);
            var english = await shell.SwitchLanguageAsync();
            await Expect(english.Heading).ToHaveTextAsync("My points");
            await Screenshots.SaveAsync(page, english.Language, "my-points");
        }

        await using (var bureau = await server.OpenAsync())
        {
            var page = bureau.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Admin"));
            await shell.MenuLinks.Filter(new() { HasTextString = "海贝分" }).ClickAsync();
            await Expect(shell.Heading).ToHaveTextAsync("海贝分管理");
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "民政局海贝分预算" })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, shell.Language, "budgets");
            await page.GetByRole(AriaRole.Link, new() { Name = "民政局海贝分预算 的对账单" }).ClickAsync();
            await Expect(shell.Heading).ToContainTextAsync("海贝分对账单");
            await Expect(page.GetByText("预算：民政局海贝分预算")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "服务时长" }).First).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, shell.Language, "budget-statement");
            await page.GotoAsync("/admin/points/verify");
            await shell.WaitForCircuitAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "开始校验" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "账本完整" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Screenshots.SaveAsync(page, shell.Language, "verification");
        }
    }

    /// <summary>
    /// Over the API: the caseworker refers an open need to a new offer of the demo provider, which accepts it and logs a
    /// visit of the demo volunteer (a member of its team). Returns the offer's title and the visit's minutes as shown.
    /// </summary>
    private async Task<(string OfferTitle, string Minutes)> VisitByTheDemoVolunteerAsync()
    {
        var (needId, offerId, title) = await DemoApi.OpenNeedWithACitywideOfferAsync(server);
        using var caseworker = await DemoApi.BearerClientAsync(server, "caseworker@demo.weihai.example");
        using var provider = await DemoApi.BearerClientAsync(server, "provider@demo.weihai.example");
        using var volunteer = await DemoApi.BearerClientAsync(server, "volunteer@demo.weihai.example");
        var proposed = await caseworker.PostAsJsonAsync("/api/v1/referrals", new { needId, offerId });
        proposed.EnsureSuccessStatusCode();
        var referralId = proposed.Headers.Location!.OriginalString.Split('/')[^1];
        using (var inbox = JsonDocument.Parse(await provider.GetStringAsync("/api/v1/referrals?status=Proposed&pageSize=200")))
        {
            var version = inbox.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == referralId).GetProperty("version").GetGuid();
            (await provider.PostAsJsonAsync($"/api/v1/referrals/{referralId}/accept", new { version })).EnsureSuccessStatusCode();
        }

        using var profile = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/volunteers/me"));
        using var roster = JsonDocument.Parse(await provider.GetStringAsync("/api/v1/volunteers/team"));
        var volunteerId = roster.RootElement.EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == profile.RootElement.GetProperty("displayName").GetString()).GetProperty("volunteerId").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var logged = await provider.PostAsJsonAsync($"/api/v1/referrals/{referralId}/visits", new { date = today, minutes = 75, volunteerIds = new[] { volunteerId }, notes = "陪同散步，聊天。" });
        logged.EnsureSuccessStatusCode();
        return (title, "75");
    }

    /// <summary>Waits for the dispatcher (every few seconds) to pay the confirmed visit; returns the volunteer's balance.</summary>
    private async Task<long> PaidPointsAsync()
    {
        using var volunteer = await DemoApi.BearerClientAsync(server, "volunteer@demo.weihai.example");
        for (var attempt = 0; attempt < 60; attempt++)
        {
            using var balance = JsonDocument.Parse(await volunteer.GetStringAsync("/api/v1/points/me"));
            if (balance.RootElement.GetProperty("points").GetInt64() is > 0 and var points)
            {
                return points;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        throw new TimeoutException("The confirmed visit was not paid within a minute.");
    }
}
