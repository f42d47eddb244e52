using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Charity.Marketplace.Accounts;
using Charity.Portal.Blazor.Components.Layout;
using Charity.Portal.Blazor.Components.Parts;
using Charity.Portal.Blazor.Preferences;
using Charity.TestSupport.Components;
using Charity.TestSupport.Databases;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Portal.Blazor.Tests.Components;

public sealed class PreferenceControlsTests : MudBlazorTestContext, IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    private readonly SqliteTestDatabase _database;
    private readonly DisplayPreferences _preferences = new(careMode: false);
    private readonly BunitJSModuleInterop _cookies;
    private readonly BunitAuthorizationContext _authorization;

    public PreferenceControlsTests(SqliteTestDatabase database)
    {
        _database = database;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalCultures.Chinese);
        Services.AddSingleton(new UserPreferencesStore(database.MarketplaceContextFactory()));
        _authorization = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        _cookies = JSInterop.SetupModule("./js/preferences.js");
    }

    public Task InitializeAsync() => _database.MigrateAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void CareModeButton_Clicked_TurnsCareModeOnAndRemembersItInACookie()
    {
        var cut = RenderControls();

        cut.FindAll("button").Single(b => b.TextContent.Contains("关怀版", StringComparison.Ordinal)).Click();

        Assert.True(_preferences.CareMode);
        var call = _cookies.VerifyInvoke("setCookie");
        Assert.Equal([PreferenceCookies.CareModeName, "1"], call.Arguments);
        Assert.Equal("true", cut.FindAll("button").Single(b => b.TextContent.Contains("关怀版", StringComparison.Ordinal)).GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task CareModeButton_ClickedWhenSignedIn_SavesTheChoiceForThePerson()
    {
        var user = new PortalUser { UserName = $"{Guid.NewGuid():N}@example.org", DisplayName = "关怀测试", CreatedAt = DateTimeOffset.UtcNow };
        await using (var db = await _database.MarketplaceContextFactory().CreateDbContextAsync())
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        _authorization.SetAuthorized(user.UserName);
        _authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        var cut = RenderControls();

        cut.FindAll("button").Single(b => b.TextContent.Contains("关怀版", StringComparison.Ordinal)).Click();

        await using var check = await _database.MarketplaceContextFactory().CreateDbContextAsync();
        Assert.True((await check.Users.SingleAsync(u => u.Id == user.Id)).CareMode);
    }

    [Fact]
    public void LanguageLink_InChinese_OffersEnglishAndReturnsToThisPage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/catalog?page=2");
        var cut = RenderControls();

        var link = cut.Find("a[href^='/preferences/culture']");

        Assert.Equal("English", link.QuerySelector("[lang='en-US']")!.TextContent);
        Assert.Equal("/preferences/culture?culture=en-US&returnUrl=%2Fcatalog%3Fpage%3D2", link.GetAttribute("href"));
    }

    private IRenderedComponent<CascadingValue<DisplayPreferences>> RenderControls() =>
        Render<CascadingValue<DisplayPreferences>>(parameters => parameters
            .Add(p => p.Value, _preferences)
            .AddChildContent<PreferenceControls>());
}
