using System.Text.RegularExpressions;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Referrals;

/// <summary>
/// The closed referral loop with the demo accounts: the caseworker refers an open need to an offer of the demo
/// provider's organisation, the provider accepts it and logs a visit, the caseworker confirms the visit, completes
/// with full satisfaction and closes.
/// </summary>
[Collection(PortalInBrowser.Name)]
public sealed class ReferralLoopTests(PortalServer server)
{
    private const string Organisation = "威海市阳光社会工作服务中心";

    [Fact]
    public async Task ReferAcceptVisitConfirmCompleteClose_WithTheDemoAccounts_ClosesTheLoop()
    {
        var (needId, _, offerTitle) = await DemoApi.OpenNeedWithACitywideOfferAsync(server);
        await using (var caseworker = await server.OpenAsync())
        {
            var page = caseworker.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Caseworker"));
            await page.GotoAsync($"/needs/{needId}/candidates");
            await shell.WaitForCircuitAsync();
            await Expect(shell.Heading).ToHaveTextAsync("候选服务");
            var candidate = page.GetByTestId("candidate").Filter(new() { HasTextString = offerTitle }).First;
            await Expect(candidate).ToContainTextAsync(Organisation);
            await Expect(candidate).ToContainTextAsync(new Regex("约 \\d+ 公里"));
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, shell.Language, "candidates");
            await candidate.GetByRole(AriaRole.Button, new() { Name = "转介" }).ClickAsync();
            await Expect(shell.Heading).ToHaveTextAsync("转介看板");
            await Expect(page.GetByTestId("board-referral").Filter(new() { HasTextString = offerTitle }).First).ToContainTextAsync("待回复");
        }

        await using (var provider = await server.OpenAsync())
        {
            var page = provider.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("ProviderStaff"));
            await shell.MenuLinks.Filter(new() { HasTextString = "转介任务" }).ClickAsync();
            await Expect(shell.Heading).ToHaveTextAsync("转介任务");
            var referral = page.GetByTestId("inbox-referral").Filter(new() { HasTextString = offerTitle }).Filter(new() { HasTextString = "待回复" }).First;
            await Expect(referral).ToContainTextAsync("请在");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, shell.Language, "inbox");
            await referral.GetByRole(AriaRole.Button, new() { Name = "接受" }).ClickAsync();

            var accepted = page.GetByTestId("inbox-referral").Filter(new() { HasTextString = offerTitle }).Filter(new() { HasTextString = "已接受" }).First;
            await accepted.GetByRole(AriaRole.Button, new() { Name = "查看联系方式" }).ClickAsync();
            await Expect(accepted.GetByTestId("inbox-contact")).ToContainTextAsync("本次查看已记录。");
            await accepted.GetByLabel("时长（分钟）").FillAsync("90");
            await accepted.GetByLabel("服务情况").FillAsync("上门陪同就医，情况良好。");
            await accepted.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
            var inService = page.GetByTestId("inbox-referral").Filter(new() { HasTextString = offerTitle }).Filter(new() { HasTextString = "服务中" }).First;
            await Expect(inService).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, shell.Language, "inbox-in-service");

            var english = await shell.SwitchLanguageAsync();
            await Expect(english.Heading).ToHaveTextAsync("Referral inbox");
            await Screenshots.SaveAsync(page, english.Language, "inbox");
        }

        await using (var caseworker = await server.OpenAsync())
        {
            var page = caseworker.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Caseworker"));
            await shell.MenuLinks.Filter(new() { HasTextString = "转介看板" }).ClickAsync();
            await Expect(shell.Heading).ToHaveTextAsync("转介看板");
            var row = page.GetByTestId("board-referral").Filter(new() { HasTextString = offerTitle }).Filter(new() { HasTextString = "服务中" }).First;
            var visit = row.GetByTestId("board-visit").Filter(new() { HasTextString = "90" }).First;
            await Expect(visit).ToContainTextAsync("待确认");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, shell.Language, "board");
            await visit.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
            await Expect(row.GetByTestId("board-visit").Filter(new() { HasTextString = "90" }).First).ToContainTextAsync("已确认");

            await row.Locator(".mud-rating-item").Nth(4).ClickAsync();
            await row.GetByRole(AriaRole.Button, new() { Name = "服务完成" }).ClickAsync();
            var completed = page.GetByTestId("board-referral").Filter(new() { HasTextString = offerTitle }).Filter(new() { HasTextString = "已完成" }).First;
            await Expect(completed).ToContainTextAsync("5 / 5");
            await completed.GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
            await Expect(page.GetByTestId("board-referral").Filter(new() { HasTextString = offerTitle }).Filter(new() { HasTextString = "已结案" }).First).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, shell.Language, "board-closed");

            var english = await shell.SwitchLanguageAsync();
            await Expect(english.Heading).ToHaveTextAsync("Referral board");
            await Screenshots.SaveAsync(page, english.Language, "board");
        }
    }
}
