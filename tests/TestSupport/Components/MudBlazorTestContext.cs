using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Charity.TestSupport.Components;

/// <summary>A bUnit context with MudBlazor's services, the portal's real resx localisation and loose JS interop.</summary>
public abstract class MudBlazorTestContext : BunitContext
{
    protected MudBlazorTestContext()
    {
        Services.AddMudServices();
        Services.AddSingleton<IStringLocalizerFactory>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
        Services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }
}
