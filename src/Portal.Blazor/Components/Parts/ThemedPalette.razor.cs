using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Parts;

/// <summary>Hands its content the theme's chart colours and redraws it when care mode is switched on or off.</summary>
public sealed partial class ThemedPalette
{
    [CascadingParameter]
    private DisplayPreferences Preferences { get; set; } = null!;

    /// <summary>What to draw with the colours.</summary>
    [Parameter, EditorRequired]
    public RenderFragment<IReadOnlyList<string>> ChildContent { get; set; } = null!;

    public void Dispose() => Preferences.Changed -= OnPreferencesChanged;

    protected override void OnInitialized() => Preferences.Changed += OnPreferencesChanged;

    private void OnPreferencesChanged() => InvokeAsync(StateHasChanged);
}
