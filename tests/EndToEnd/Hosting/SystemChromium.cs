using Microsoft.Playwright;

namespace Charity.EndToEnd.Hosting;

/// <summary>Debian's chromium package, headless; Playwright never downloads a browser for these tests.</summary>
internal static class SystemChromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>CHARITY_CHROMIUM overrides the path, for machines where the browser lives elsewhere.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHARITY_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException($"The browser tests need Chromium at {ExecutablePath} (apt-get install chromium fonts-noto-cjk).", ExecutablePath);
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }
}
