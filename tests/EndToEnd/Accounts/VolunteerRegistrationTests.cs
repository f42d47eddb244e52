using System.Text.RegularExpressions;
using Charity.EndToEnd.Browsing;
using Charity.EndToEnd.Hosting;
using Charity.EndToEnd.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Charity.EndToEnd.Accounts;

[Collection(PortalInBrowser.Name)]
public sealed class VolunteerRegistrationTests(PortalServer server)
{
    private const string Password = "Volunteer#2026";

    [Fact]
    public async Task Register_WithValidDetails_LandsOnOwnVolunteerHome()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;
        var name = "于海燕";

        await FillAsync(page, name, UniqueEmail(), "环翠区", Password, Password);

        var shell = new PortalShell(page, PortalLanguage.Chinese);
        await shell.WaitForCircuitAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^https?://[^/]+/$"));
        await Expect(shell.Heading).ToHaveTextAsync($"{name}，您好");
        await Expect(shell.RoleName).ToHaveTextAsync("志愿者");
        await Expect(page.Locator("header:has(h1) > p").Nth(1)).ToHaveTextAsync("环翠区");
        await Expect(shell.MenuLinks).ToHaveTextAsync([.. DemoRole.Named("Volunteer").Chinese.Menu]);
        await Screenshots.SaveAsync(page, PortalLanguage.Chinese);
    }

    [Fact]
    public async Task Register_WithMismatchedConfirmation_ShowsErrorAndStaysOnForm()
    {
        await using var session = await server.OpenAsync();
        var page = session.Page;

        await FillAsync(page, "于海燕", UniqueEmail(), "文登区", Password, "Volunteer#2027");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("两次输入的密码不一致。");
        await Expect(page).ToHaveURLAsync(new Regex("/account/register$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("志愿者注册");
        await Screenshots.SaveAsync(page, PortalLanguage.Chinese);
    }

    private static string UniqueEmail() => $"volunteer-{Guid.NewGuid():N}@example.org";

    private static async Task FillAsync(IPage page, string name, string email, string district, string password, string confirmation)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("电子邮箱", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("服务区市", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = district });
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("确认密码", new() { Exact = true }).FillAsync(confirmation);
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
    }
}
