using Charity.Portal.Blazor.Preferences;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using static Microsoft.AspNetCore.Components.Web.RenderMode;

namespace Charity.Portal.Blazor.Components;

public sealed partial class App
{
    private bool _careMode;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    /// <summary>Account pages render statically (they set the sign-in cookie); everything else is interactive.</summary>
    private IComponentRenderMode? PageRenderMode => HttpContext.AcceptsInteractiveRouting() ? InteractiveServer : null;

    protected override void OnInitialized() => _careMode = PreferenceCookies.ReadCareMode(HttpContext);
}
