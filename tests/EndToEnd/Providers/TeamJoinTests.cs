using System.Text.RegularExpressions;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Providers;

/// <summary>A new volunteer asks to join an organisation's team, its staff approve, and the volunteer's home shows the team.</summary>
[Collection(PortalInBrowser.Name)]
public sealed class TeamJoinTests(PortalServer server)
{
    private const string Password = "Volunteer#2026";
    private const string Organisation = "威海市阳光社会工作服务中心";

    [Fact]
    public async Task Volunteer_RequestsToJoin_StaffApprove_HomeShowsTheTeam()
    {
        var name = $"于海燕{Random.Shared.Next(100, 999)}";
        var email = $"volunteer-{Guid.NewGuid():N}@example.org";
        await using (var volunteer = await server.OpenAsync())
        {
            var page = volunteer.Page;
            await RegisterAsync(page, name, email);
            var shell = new PortalShell(page, PortalLanguage.Chinese);
            await shell.WaitForCircuitAsync();
            await shell.MenuLinks.Filter(new() { HasTextString = "我的团队" }).ClickAsync();
            await Expect(shell.Heading).ToHaveTextAsync("我的团队");

            await page.Locator("div.mud-select").Filter(new() { HasTextString = "选择机构或志愿服务队" }).First.ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = Organisation }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("申请已提交，请等待机构工作人员审核。");
            await Expect(page.Locator(".team-list li")).ToHaveTextAsync([new Regex($"^{Organisation}\\s*待审核$")]);
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, shell.Language, "requested");
        }

        await using (var staff = await server.OpenAsync())
        {
            var page = staff.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("ProviderStaff"), PortalLanguage.English);
            await shell.MenuLinks.Filter(new() { HasTextString = "My organisation" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/providers/organisation$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Volunteers asking to join" })).ToBeVisibleAsync();
            await Expect(shell.Heading).ToHaveTextAsync(Organisation);
            await Screenshots.SaveAsync(page, shell.Language, "requests");

            await page.GetByRole(AriaRole.Button, new() { Name = $"Approve {name}", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync($"{name} has joined your team.");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Approve {name}", Exact = true })).ToHaveCountAsync(0);
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
        }

        await using (var volunteer = await server.OpenAsync())
        {
            var page = volunteer.Page;
            await new SignInPage(page).GotoAsync();
            await new SignInPage(page).SubmitAsync(email, Password);
            var shell = new PortalShell(page, PortalLanguage.Chinese);
            await shell.WaitForCircuitAsync();
            await Expect(page.Locator(".team-list li")).ToHaveTextAsync([new Regex($"^{Organisation}\\s*已加入$")]);
            await Screenshots.SaveAsync(page, shell.Language, "member");
        }
    }

    [Fact]
    public async Task VolunteerProfile_Saved_IsShownAfterReload()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        await RegisterAsync(page, "孙丽", $"volunteer-{Guid.NewGuid():N}@example.org");
        var shell = new PortalShell(page, PortalLanguage.Chinese);
        await shell.WaitForCircuitAsync();
        await shell.MenuLinks.Filter(new() { HasTextString = "我的资料" }).ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("我的志愿者资料");

        await page.GetByLabel("手机号（可选）").FillAsync("13912345678");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "文登区" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "星期六 上午" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("资料已保存。");
        await AxeAudit.ExpectNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, shell.Language);
        var english = await shell.SwitchLanguageAsync();
        await Expect(english.Heading).ToHaveTextAsync("My volunteer profile");
        await Expect(page.GetByLabel("Mobile number (optional)")).ToHaveValueAsync("13912345678");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Wendeng District" })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Saturday Morning" })).ToBeCheckedAsync();
        await Screenshots.SaveAsync(page, english.Language);
    }

    private static async Task RegisterAsync(IPage page, string name, string email)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("电子邮箱", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("服务区市", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "环翠区" });
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("确认密码", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
    }
}
