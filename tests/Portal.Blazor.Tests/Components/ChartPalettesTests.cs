using Charity.Portal.Blazor.Components.Layout;
using Charity.Portal.Blazor.Components.Parts;
using MudBlazor.Utilities;

namespace Charity.Portal.Blazor.Tests.Components;

public sealed class ChartPalettesTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void For_EitherMode_StartsWithThatThemesPrimaryColour(bool careMode)
    {
        var theme = careMode ? PortalThemes.Care : PortalThemes.Standard;

        var palette = ChartPalettes.For(careMode);

        Assert.Equal(theme.PaletteLight.Primary.ToString(MudColorOutputFormats.Hex), palette[0]);
        Assert.Equal(palette.Count, palette.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void For_CareMode_UsesDifferentColoursFromTheStandardTheme()
    {
        Assert.NotEqual(ChartPalettes.For(careMode: false), ChartPalettes.For(careMode: true));
    }
}
