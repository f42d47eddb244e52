using Charity.Portal.Blazor.Components.Layout;
using MudBlazor;
using MudBlazor.Utilities;

namespace Charity.Portal.Blazor.Components.Parts;

/// <summary>Chart colours taken from the portal's themes, so a chart keeps care mode's higher contrast.</summary>
internal static class ChartPalettes
{
    private static readonly IReadOnlyList<string> Standard = From(PortalThemes.Standard.PaletteLight);
    private static readonly IReadOnlyList<string> Care = From(PortalThemes.Care.PaletteLight);

    /// <summary>The theme's colours in the order a chart uses them: primary, secondary, then the status colours.</summary>
    public static IReadOnlyList<string> For(bool careMode) => careMode ? Care : Standard;

    private static string[] From(Palette palette) =>
        [.. new[] { palette.Primary, palette.Secondary, palette.Info, palette.Success, palette.Warning, palette.Error }
            .Select(colour => colour.ToString(MudColorOutputFormats.Hex))];
}
