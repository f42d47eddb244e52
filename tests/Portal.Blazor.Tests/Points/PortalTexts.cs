using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Charity.Portal.Blazor.Tests.Points;

/// <summary>The portal's real resx texts in one culture, for tests of what pages and downloads say.</summary>
internal static class PortalTexts
{
    public static IStringLocalizer In(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return factory.Create(typeof(SharedResource));
    }
}
