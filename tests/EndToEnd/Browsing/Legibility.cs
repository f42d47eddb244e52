using Microsoft.Playwright;

namespace Charity.EndToEnd.Browsing;

/// <summary>
/// The contrast ratio (WCAG 2) between an element's text colour and the background it is actually drawn on,
/// once its transitions have finished, compositing translucent backgrounds up to the first opaque ancestor.
/// Axe leaves such cases "incomplete" rather than failing them.
/// </summary>
internal static class Legibility
{
    public const double MinimumContrast = 4.5;

    private const string ContrastScript = """
        async element => {
            // A transition that is cancelled (say, by a re-render) rejects "finished"; wait until none are left.
            for (let round = 0; round < 20; round++) {
                const running = element.getAnimations({ subtree: true });
                if (running.length === 0) break;
                await Promise.all(running.map(a => a.finished.catch(() => undefined)));
            }
            const rgba = c => { const v = c.match(/[\d.]+/g).map(Number); return v.length > 3 ? v : [...v, 1]; };
            const luminance = ([r, g, b]) => {
                const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
                return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
            };
            const layers = [];
            for (let node = element; node; node = node.parentElement) {
                const colour = rgba(getComputedStyle(node).backgroundColor);
                if (colour[3] > 0) layers.push(colour);
                if (colour[3] >= 1) break;
            }
            let background = [255, 255, 255];
            for (const [r, g, b, a] of layers.reverse()) {
                background = [r * a + background[0] * (1 - a), g * a + background[1] * (1 - a), b * a + background[2] * (1 - a)];
            }
            const text = luminance(rgba(getComputedStyle(element).color));
            const back = luminance(background);
            return (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
        }
        """;

    public static Task<double> ContrastOfAsync(ILocator element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.EvaluateAsync<double>(ContrastScript);
    }

    public static async Task ExpectLegibleAsync(ILocator element)
    {
        var contrast = await ContrastOfAsync(element);
        Assert.True(contrast >= MinimumContrast, $"Text contrast is {contrast:0.00}:1, below {MinimumContrast}:1.");
    }
}
