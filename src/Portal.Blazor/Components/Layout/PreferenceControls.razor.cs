using System.Globalization;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Components.Parts;
using Charity.Portal.Blazor.Preferences;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;

namespace Charity.Portal.Blazor.Components.Layout;

/// <summary>The language switch and the care-mode toggle in the app bar.</summary>
public sealed partial class PreferenceControls : IDisposable
{
    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private UserPreferencesStore Store { get; set; } = null!;

    [CascadingParameter]
    private DisplayPreferences Preferences { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private static bool IsEnglish => PortalCultures.IsEnglish(CultureInfo.CurrentUICulture);

    private static string OtherCulture => IsEnglish ? PortalCultures.Chinese : PortalCultures.English;

    private static string OtherCultureLabel => IsEnglish ? "中文" : "English";

    private string ReturnPath => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    private string CultureSwitchUrl => $"/preferences/culture?culture={OtherCulture}&returnUrl={Uri.EscapeDataString(ReturnPath)}";

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    /// <summary>The language link returns to the page being shown, so it follows every navigation.</summary>
    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => InvokeAsync(StateHasChanged);

    /// <summary>Applies at once, without a reload, then remembers the choice in a cookie and for the signed-in person.</summary>
    private async Task ToggleCareModeAsync()
    {
        var on = !Preferences.CareMode;
        Preferences.SetCareMode(on);
        await using (var module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/preferences.js"))
        {
            await module.InvokeVoidAsync("setCookie", PreferenceCookies.CareModeName, on ? "1" : "0");
        }

        if (AuthenticationState is not null && PortalClaims.UserIdOf((await AuthenticationState).User) is { } userId)
        {
            await Store.SaveCareModeAsync(userId, on);
        }
    }
}
