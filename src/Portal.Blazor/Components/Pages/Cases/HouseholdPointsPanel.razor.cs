using Charity.Marketplace.Cases;
using Charity.Marketplace.Rewards;
using Charity.Portal.Blazor.Cases;
using Charity.Portal.Blazor.Components.Pages.Points;
using Charity.Portal.Blazor.Components.Parts;
using Charity.Portal.Blazor.Points;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Cases;

/// <summary>A household's sea-shell points: the balance, public-benefit work to log, and gifts to pass on from the station's pool.</summary>
public sealed partial class HouseholdPointsPanel
{
    private long? _balance;
    private long? _pool;
    private DateTime? _workDate = DateTime.Today;
    private decimal _hours = 1m;
    private string? _activity;
    private string? _activityError;
    private long _giftPoints = 10;
    private string? _message;
    private Severity _messageSeverity;
    private bool _busy;

    // One id per form content: a double click or a resent request pays once; a new entry gets a new id.
    private Guid _workRequest = Guid.NewGuid();
    private Guid _giftRequest = Guid.NewGuid();

    [Parameter, EditorRequired]
    public CaseFileDetail File { get; set; } = null!;

    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private HouseholdRewards Households { get; set; } = null!;

    [Inject]
    private PointsGifts Gifts { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private string StatementLink => MonthlyStatementPage.LinkTo(StatementMonth.Current(Clock), StatementOwner.OfHousehold(File.Id));

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var access = await AccessAsync();
        _balance = await Households.BalanceAsync(access, File.Id);
        _pool = await Gifts.PoolBalanceAsync(File.StationId);
    }

    private Task LogWorkAsync() => RunAsync(async access =>
    {
        var work = new HouseholdWork(_workRequest, DateOnly.FromDateTime(_workDate ?? DateTime.Today), _hours, _activity ?? string.Empty);
        var result = await Households.LogWorkAsync(access, File.Id, work);
        _activityError = RewardFeedback.ProblemWith(result, nameof(HouseholdWork.Activity));
        if (result.Outcome == RewardOutcome.Done)
        {
            (_workRequest, _activity) = (Guid.NewGuid(), null);
        }

        return result;
    });

    private Task PassOnAsync() => RunAsync(async access =>
    {
        var result = await Gifts.PassOnAsync(access, File.Id, _giftPoints, _giftRequest);
        if (result.Outcome == RewardOutcome.Done)
        {
            _giftRequest = Guid.NewGuid();
        }

        return result;
    });

    private async Task RunAsync(Func<CaseAccess, Task<RewardResult>> command)
    {
        _busy = true;
        try
        {
            var result = await command(await AccessAsync());
            (_messageSeverity, _message) = result.Outcome switch
            {
                RewardOutcome.Done => (Severity.Success, L["HouseholdPoints.Done"].Value),
                RewardOutcome.InsufficientPoints => (Severity.Warning, L["HouseholdPoints.Insufficient"].Value),
                RewardOutcome.Invalid => (Severity.Error, result.Problem!.Message.ToString()),
                _ => (Severity.Error, L["CaseFile.NotFound.Body"].Value),
            };
            await LoadAsync();
            if (result.Outcome == RewardOutcome.Done)
            {
                await Changed.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<CaseAccess> AccessAsync() => CaseAccessOf.User((await AuthenticationState).User);
}
