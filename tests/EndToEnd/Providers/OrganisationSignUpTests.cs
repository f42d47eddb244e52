using System.Text.RegularExpressions;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Charity.TestSupport.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Providers;

/// <summary>
/// A new organisation's first days: it signs up from the sign-in page, the bureau verifies it, its staff publish an
/// offer placed on the map, and the public finds it in the directory.
/// </summary>
[Collection(PortalInBrowser.Name)]
public sealed class OrganisationSignUpTests(PortalServer server)
{
    private const string Password = "Provider#2026";

    [Fact]
    public async Task SignUp_BureauVerifies_StaffPublishAnOffer_TheDirectoryShowsIt()
    {
        var name = $"海岸志愿服务队{Random.Shared.Next(1000, 9999)}";
        var title = $"海岸送餐{Random.Shared.Next(1000, 9999)}";
        var email = $"team-{Guid.NewGuid():N}@example.org";
        await using (var provider = await server.OpenAsync())
        {
            var page = provider.Page;
            await new SignInPage(page).GotoAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "服务机构注册", Exact = true }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("服务机构注册");

            await FillAsync(page, name, FictitiousCreditCodes.Next(), email);

            var shell = new PortalShell(page, PortalLanguage.Chinese);
            await shell.WaitForCircuitAsync();
            await Expect(shell.Heading).ToHaveTextAsync(name);
            await Expect(shell.RoleName).ToHaveTextAsync("服务机构人员");
            await Expect(page.GetByText("本机构正在等待民政局认证")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, PortalLanguage.Chinese, "pending");
        }

        await using (var bureau = await server.OpenAsync())
        {
            var page = bureau.Page;
            var shell = await PortalVisit.SignInAsync(server, page, DemoRole.Named("Admin"));
            await shell.MenuLinks.Filter(new() { HasTextString = "服务主体" }).ClickAsync();
            await page.GetByPlaceholder("按名称搜索").FillAsync(name);
            await Expect(page.Locator("table tbody tr")).ToHaveCountAsync(1);
            await page.GetByRole(AriaRole.Button, new() { Name = $"审核{name}" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"审核：{name}" })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, PortalLanguage.Chinese, "review");

            await page.GetByRole(AriaRole.Button, new() { Name = "认证通过", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("已认证该机构");
            await Expect(page.Locator("tbody tr").Filter(new() { HasTextString = name })).ToContainTextAsync("已认证");
        }

        await using (var provider = await server.OpenAsync())
        {
            var page = provider.Page;
            await new SignInPage(page).GotoAsync();
            await new SignInPage(page).SubmitAsync(email, Password);
            var shell = new PortalShell(page, PortalLanguage.Chinese);
            await shell.WaitForCircuitAsync();
            await Expect(page.GetByText(new Regex("^本机构已于 .+ 通过认证"))).ToBeVisibleAsync();
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, shell.Language, "verified");

            var editor = new OfferEditorPage(page, shell);
            await editor.OpenNewAsync();
            await editor.FillMealDeliveryOnTheMapAsync(title);
            await editor.PublishAsync(title);
            await Screenshots.SaveAsync(page, shell.Language, "first-offer");

            var english = await shell.SwitchLanguageAsync();
            await page.GotoAsync("/");
            await english.WaitForCircuitAsync();
            await Expect(page.GetByText(new Regex("^Verified on "))).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, english.Language, "verified");

            await page.GetByRole(AriaRole.Link, new() { Name = "View the organisation's profile" }).ClickAsync();
            await Expect(english.Heading).ToHaveTextAsync(name);
            await Expect(page.GetByText(title)).ToBeVisibleAsync();
            await AxeAudit.ExpectNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, english.Language, "profile");
        }

        await using var visitor = await server.OpenAsync();
        var directory = visitor.Page;
        await directory.GotoAsync("/directory");
        var publicShell = new PortalShell(directory, PortalLanguage.Chinese);
        await publicShell.WaitForCircuitAsync();
        await Expect(directory.GetByTestId("directory-offer").Filter(new() { HasTextString = title })).ToContainTextAsync(name);
        await Screenshots.SaveAsync(directory, publicShell.Language, "directory");
        var englishDirectory = await publicShell.SwitchLanguageAsync();
        await Expect(directory.GetByTestId("directory-offer").Filter(new() { HasTextString = title })).ToContainTextAsync("Meal delivery");
        await Screenshots.SaveAsync(directory, englishDirectory.Language, "directory");
    }

    [Fact]
    public async Task SignUp_InEnglishWithWrongCheckCharacter_NamesTheCharacter()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var (code, expected) = FictitiousCreditCodes.WithWrongCheckCharacter();
        await page.GotoAsync("/providers/register?culture=en-US");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organisation sign-up");

        await page.GetByLabel("Unified Social Credit Code", new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Character 18 of the Unified Social Credit Code is its check character: it should be {expected}, not {code[^1]}.");
        await AxeAudit.ExpectNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, PortalLanguage.English);
    }

    private static async Task FillAsync(IPage page, string name, string creditCode, string email)
    {
        await page.GetByLabel("机构类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "志愿服务队" });
        await page.GetByLabel("机构名称", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("统一社会信用代码", new() { Exact = true }).FillAsync(creditCode);
        await page.GetByLabel("服务电话", new() { Exact = true }).FillAsync("0631-5288888");
        await page.GetByLabel("所在区市", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "环翠区" });
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "环翠区" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "文登区" }).CheckAsync();
        await page.GetByLabel("您的姓名", new() { Exact = true }).FillAsync("王海");
        await page.GetByLabel("电子邮箱", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("确认密码", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交注册", Exact = true }).ClickAsync();
    }
}
