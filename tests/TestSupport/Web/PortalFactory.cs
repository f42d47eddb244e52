using Charity.Portal.Blazor.Hosting;
using Charity.TestSupport.Databases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Charity.TestSupport.Web;

/// <summary>
/// The real portal in memory, on a real test database: migrations and seeding run as at start-up.
/// Rate limits are raised so that a suite of sign-ins from one address is not throttled.
/// </summary>
public class PortalFactory(ITestDatabase database, bool demoData = true) : WebApplicationFactory<Program>
{
    public ITestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting($"ConnectionStrings:{Database.Provider}", Database.ConnectionString);
        builder.UseSetting("DemoData:Enabled", demoData ? "true" : "false");
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:ApiPerMinute", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Database is IDisposable owned)
        {
            owned.Dispose();
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can see them.</summary>
    public HttpClient CreateBrowserlikeClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}

/// <summary>The portal on a fresh SQLite file with demo data, shared by the tests of one class.</summary>
public sealed class SqlitePortalFactory() : PortalFactory(new SqliteTestDatabase());

/// <summary>The portal on a fresh database of the throwaway PostgreSQL server, with demo data.</summary>
public sealed class PostgresPortalFactory() : PortalFactory(new PostgresTestDatabase()), IAsyncLifetime
{
    public Task InitializeAsync() => ((PostgresTestDatabase)Database).InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await ((PostgresTestDatabase)Database).DisposeAsync();
    }
}
