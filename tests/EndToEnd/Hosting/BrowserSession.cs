using Microsoft.Playwright;

namespace Charity.EndToEnd.Hosting;

/// <summary>One test's browser context and page; closing it throws its cookies away.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}
