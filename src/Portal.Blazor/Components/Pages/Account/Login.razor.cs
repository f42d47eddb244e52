using Charity.Marketplace.Accounts;
using Charity.Portal.Blazor.Hosting;
using Charity.Portal.Blazor.Preferences;
using Charity.Portal.Blazor.Seeding;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using System.Globalization;

namespace Charity.Portal.Blazor.Components.Pages.Account;

public sealed partial class Login
{
    private string? _error;

    [Inject]
    private SignInManager<PortalUser> SignInManager { get; set; } = null!;

    [Inject]
    private UserPreferencesStore PreferencesStore { get; set; } = null!;

    [Inject]
    private IOptions<DemoDataOptions> DemoData { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm]
    private LoginInput? Input { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized() => Input ??= new LoginInput();

    private async Task SignInAsync()
    {
        ArgumentNullException.ThrowIfNull(Input);
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            _error = L["Login.Required"];
            return;
        }

        var email = Input.Email.Trim();
        var result = await SignInManager.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            _error = L["Login.LockedOut"];
            return;
        }

        if (!result.Succeeded)
        {
            _error = L["Login.Failed"];
            return;
        }

        var user = await SignInManager.UserManager.FindByEmailAsync(email);
        await ApplySavedPreferencesAsync(user!);
        Navigation.NavigateTo(LocalReturnUrl.Sanitise(ReturnUrl));
    }

    /// <summary>
    /// A person's saved language wins over the page's; care mode chosen on this page is kept and remembered.
    /// </summary>
    private async Task ApplySavedPreferencesAsync(PortalUser user)
    {
        var culture = user.PreferredCulture ?? CultureInfo.CurrentUICulture.Name;
        var careMode = user.CareMode || PreferenceCookies.ReadCareMode(HttpContext);
        PreferenceCookies.Write(HttpContext.Response, culture, careMode);
        if (user.PreferredCulture is null)
        {
            await PreferencesStore.SaveCultureAsync(user.Id, culture);
        }

        if (careMode != user.CareMode)
        {
            await PreferencesStore.SaveCareModeAsync(user.Id, careMode);
        }
    }

    private sealed class LoginInput
    {
        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public bool RememberMe { get; set; }
    }
}
