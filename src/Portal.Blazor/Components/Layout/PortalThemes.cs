using MudBlazor;

namespace Charity.Portal.Blazor.Components.Layout;

/// <summary>The standard theme and the care-mode theme (关怀版): larger type and higher contrast.</summary>
internal static class PortalThemes
{
    private static readonly string[] FontStack = ["Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "system-ui", "sans-serif"];

    public static MudTheme Standard { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#b3261e",
            Secondary = "#00696f",
            AppbarBackground = "#b3261e",
            Background = "#faf8f6",
            DrawerBackground = "#ffffff",

            // MudBlazor's status colours are too light for text on their tinted alert backgrounds (WCAG AA 4.5:1).
            Success = "#2e7d32",
            Info = "#1565c0",
            Warning = "#9a4a00",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
    };

    public static MudTheme Care { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#7a0000",
            Secondary = "#003f44",
            AppbarBackground = "#000000",
            AppbarText = "#ffffff",
            Background = "#ffffff",
            DrawerBackground = "#ffffff",
            TextPrimary = "#000000",
            TextSecondary = "#1a1a1a",
            DrawerText = "#000000",
            LinesDefault = "#000000",
            ActionDefault = "#000000",
            Success = "#1b5e20",
            Info = "#0d47a1",
            Warning = "#7a3b00",
            Error = "#8e0000",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack, FontSize = "1.25rem" },
            Body1 = new Body1Typography { FontSize = "1.375rem" },
            Body2 = new Body2Typography { FontSize = "1.25rem" },
            Button = new ButtonTypography { FontSize = "1.25rem" },
            Subtitle1 = new Subtitle1Typography { FontSize = "1.375rem" },
            Subtitle2 = new Subtitle2Typography { FontSize = "1.25rem" },
            H4 = new H4Typography { FontSize = "2.5rem" },
            H5 = new H5Typography { FontSize = "2rem" },
            H6 = new H6Typography { FontSize = "1.625rem" },
            Caption = new CaptionTypography { FontSize = "1.125rem" },
        },
    };
}
