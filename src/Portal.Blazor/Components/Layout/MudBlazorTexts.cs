using System.Globalization;
using Charity.Portal.Blazor.Preferences;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Layout;

/// <summary>
/// Gives MudBlazor's own texts (pager, data grid, close buttons) in Chinese from the portal's resources.
/// MudBlazor ships English only: English pages keep its texts, and any key not translated here falls back to them.
/// </summary>
internal sealed class MudBlazorTexts(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    private const string Prefix = "Mud.";

    public override LocalizedString this[string key]
    {
        get
        {
            if (PortalCultures.IsEnglish(CultureInfo.CurrentUICulture))
            {
                return new LocalizedString(key, key, resourceNotFound: true);
            }

            var text = localizer[Prefix + key];
            return text.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, text.Value);
        }
    }
}
