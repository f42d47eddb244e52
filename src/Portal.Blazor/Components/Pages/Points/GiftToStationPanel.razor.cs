using Charity.Marketplace.Regions;
using Charity.Marketplace.Rewards;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>爱心转赠: the volunteer gives points to a station's households; the station's caseworkers pass them on.</summary>
public sealed partial class GiftToStationPanel
{
    private IReadOnlyList<StationDirectory.Row> _stations = [];
    private Guid? _stationId;
    private long _points = 10;
    private string? _stationError;
    private string? _pointsError;
    private string? _message;
    private Severity _messageSeverity;
    private bool _busy;

    // One id per gift: a double click or a resent form gives once; the next gift gets a new id.
    private Guid _requestId = Guid.NewGuid();

    [Parameter, EditorRequired]
    public Guid VolunteerId { get; set; }

    /// <summary>Raised after points were given, so the balance and history can show it.</summary>
    [Parameter]
    public EventCallback Given { get; set; }

    [Inject]
    private PointsGifts Gifts { get; set; } = null!;

    [Inject]
    private StationDirectory Stations { get; set; } = null!;

    protected override async Task OnInitializedAsync() => _stations = await Stations.ListAsync();

    private async Task GiveAsync()
    {
        _busy = true;
        try
        {
            var result = await Gifts.GiveToStationAsync(VolunteerId, _stationId ?? Guid.Empty, _points, _requestId);
            _stationError = RewardFeedback.ProblemWith(result, "stationId");
            _pointsError = RewardFeedback.ProblemWith(result, "points");
            (_messageSeverity, _message) = result.Outcome switch
            {
                RewardOutcome.Done => (Severity.Success, L["Gift.Done", _points, StationName()].Value),
                RewardOutcome.InsufficientPoints => (Severity.Warning, L["Gift.Insufficient"].Value),
                RewardOutcome.Invalid => (Severity.Error, result.Problem!.Message.ToString()),
                _ => (Severity.Error, L["Gift.Failed"].Value),
            };
            if (result.Outcome == RewardOutcome.Done)
            {
                _requestId = Guid.NewGuid();
                await Given.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string StationName() => _stations.FirstOrDefault(s => s.Id == _stationId)?.Name.ToString() ?? string.Empty;
}
