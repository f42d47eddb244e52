using Charity.Portal.Blazor.Maps;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace Charity.Portal.Blazor.Components.Parts;

/// <summary>A Leaflet map (wwwroot/js/offer-map.js): reference points, offer markers, and optionally a position picked by a click.</summary>
public sealed partial class OfferMap : IAsyncDisposable
{
    private static readonly double[] WeihaiCentre = [37.28, 122.05];
    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;
    private DotNetObjectReference<OfferMap>? _self;
    private bool _hasTiles;

    [Parameter]
    public string Label { get; set; } = string.Empty;

    [Parameter]
    public IReadOnlyList<MapPoint> References { get; set; } = [];

    [Parameter]
    public IReadOnlyList<MapPoint> Markers { get; set; } = [];

    /// <summary>The position already picked, if any.</summary>
    [Parameter]
    public MapPoint? Picked { get; set; }

    /// <summary>With a callback, a click on the map places the marker and reports the position.</summary>
    [Parameter]
    public EventCallback<(double Latitude, double Longitude)> OnPicked { get; set; }

    [Parameter]
    public EventCallback<string> OnMarkerSelected { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private IOptions<MapOptions> Options { get; set; } = null!;

    protected override void OnInitialized() => _hasTiles = !string.IsNullOrWhiteSpace(Options.Value.TileUrl);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/offer-map.js");
        var options = new
        {
            tileUrl = Options.Value.TileUrl,
            attribution = Options.Value.Attribution,
            center = WeihaiCentre,
            zoom = 9,
            references = References.Select(r => new { lat = r.Lat, lon = r.Lon, label = r.Label }),
            markers = Markers.Select(m => new { id = m.Id, lat = m.Lat, lon = m.Lon, label = m.Label }),
            pickable = OnPicked.HasDelegate,
            picked = Picked is { } p ? new { lat = p.Lat, lon = p.Lon } : null,
        };
        _map = await _module.InvokeAsync<IJSObjectReference>("init", _element, options, _self);
    }

    /// <summary>Moves the picked-position marker, e.g. after coordinates were typed.</summary>
    public async Task SetMarkerAsync(double latitude, double longitude)
    {
        if (_map is not null)
        {
            await _map.InvokeVoidAsync("setMarker", latitude, longitude);
        }
    }

    /// <summary>Replaces the offer markers and zooms to them.</summary>
    public async Task ShowMarkersAsync(IReadOnlyList<MapPoint> markers)
    {
        ArgumentNullException.ThrowIfNull(markers);
        if (_map is not null)
        {
            await _map.InvokeVoidAsync("setMarkers", markers.Select(m => new { id = m.Id, lat = m.Lat, lon = m.Lon, label = m.Label }));
            await _map.InvokeVoidAsync("fit");
        }
    }

    [JSInvokable]
    public Task OnMapClicked(double latitude, double longitude) => OnPicked.InvokeAsync((Math.Round(latitude, 5), Math.Round(longitude, 5)));

    [JSInvokable]
    public Task OnMarkerClicked(string id) => OnMarkerSelected.InvokeAsync(id);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_map is not null)
            {
                await _map.InvokeVoidAsync("dispose");
                await _map.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the map with it.
        }

        _self?.Dispose();
    }
}
