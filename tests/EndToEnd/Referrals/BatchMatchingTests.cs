using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Referrals;

/// <summary>The bureau computes the plan for all open needs and sees it beside greedy, in both languages; nothing is applied.</summary>
[Collection(PortalInBrowser.Name)]
public sealed class BatchMatchingTests(PortalServer server)
{
    [Fact]
    public async Task MatchAllOpenNeeds_AsTheBureau_ShowsThePlanBesideGreedy()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Admin"));
        await shell.MenuLinks.Filter(new() { HasTextString = "批量匹配" }).ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("批量匹配");

        await page.GetByTestId("matching-run").ClickAsync();

        await Expect(page.GetByText("提升", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("正在计算匹配方案…")).ToHaveCountAsync(0);
        await AxeAudit.ExpectNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, shell.Language);

        var english = await shell.SwitchLanguageAsync();
        await Expect(english.Heading).ToHaveTextAsync("Batch matching");
        await page.GetByTestId("matching-run").ClickAsync();
        await Expect(page.GetByText("Gain over greedy", new() { Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, english.Language);
    }
}
