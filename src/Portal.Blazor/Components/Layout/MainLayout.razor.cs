using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Charity.Portal.Blazor.Components.Layout;

public sealed partial class MainLayout
{
    private bool _drawerOpen = true;
    private ErrorBoundary? _errorBoundary;

    [CascadingParameter]
    private DisplayPreferences Preferences { get; set; } = null!;

    public void Dispose() => Preferences.Changed -= OnPreferencesChanged;

    protected override void OnInitialized() => Preferences.Changed += OnPreferencesChanged;

    protected override void OnParametersSet() => _errorBoundary?.Recover();

    private void OnPreferencesChanged() => InvokeAsync(StateHasChanged);

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private void Recover() => _errorBoundary?.Recover();
}
