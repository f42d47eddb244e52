using Microsoft.Playwright;

namespace Charity.EndToEnd.Pages;

/// <summary>The sign-in page (/account/login), a static form, in Chinese.</summary>
internal sealed class SignInPage(IPage page)
{
    public const string Path = "/account/login";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public Task GotoAsync() => page.GotoAsync(Path);

    public async Task SubmitAsync(string email, string password)
    {
        await page.GetByLabel("电子邮箱", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
    }
}
