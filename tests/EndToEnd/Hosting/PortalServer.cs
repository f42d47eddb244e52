using System.Diagnostics.CodeAnalysis;
using System.Net;
using Charity.TestSupport.Databases;
using Charity.TestSupport.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Charity.EndToEnd.Hosting;

/// <summary>
/// The real portal on Kestrel (a free 127.0.0.1 port, a fresh SQLite file with demo data) and one
/// headless system Chromium, shared by every browser test. Each test gets its own browser context.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class PortalServer : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private PortalFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory = new PortalFactory(_database);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = ListeningAddress(_factory.Services);

        _playwright = await Playwright.CreateAsync();
        _browser = await SystemChromium.LaunchAsync(_playwright);
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A new browser context (its own cookies) with one page on the portal, in the portal's default language.</summary>
    public async Task<BrowserSession> OpenAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <summary>
    /// Forgets the language and care mode a demo account saved in an earlier test, so that every test
    /// starts from the portal's defaults (Chinese, standard display).
    /// </summary>
    public async Task ForgetSavedPreferencesAsync(string email)
    {
        await using var db = await _database.MarketplaceContextFactory().CreateDbContextAsync();
        await db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, (string?)null).SetProperty(u => u.CareMode, false));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _database.Dispose();
    }

    private static Uri ListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)));
    }
}
