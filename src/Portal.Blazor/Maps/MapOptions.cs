namespace Charity.Portal.Blazor.Maps;

/// <summary>
/// Map settings (section <c>Maps</c>). Tiles are off by default so that the portal works without the internet:
/// a map then shows district centres, markers and coordinates on a plain background.
/// </summary>
public sealed class MapOptions
{
    public const string SectionName = "Maps";

    /// <summary>A Leaflet tile URL template such as <c>https://tile.example/{z}/{x}/{y}.png</c>; empty for no tiles.</summary>
    public string TileUrl { get; set; } = string.Empty;

    /// <summary>The attribution the tile provider requires.</summary>
    public string Attribution { get; set; } = string.Empty;
}
