using Charity.Points.Accounts;
using Charity.Portal.Blazor.Points;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>The volunteer's sea-shell points: balance, its course over 90 days, what expires soon, gifts to households and the history.</summary>
public sealed partial class MyPoints
{
    private bool _loaded;
    private Guid? _volunteerId;
    private AccountView? _account;
    private StatementMonth _thisMonth;
    private PointsHistoryGrid? _history;

    [Inject]
    private SignedInVolunteer Volunteer { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _thisMonth = StatementMonth.Current(Clock);
        await LoadAccountAsync();
        _loaded = true;
    }

    /// <summary>After a gift the balance, chart and history show it.</summary>
    private async Task RefreshAsync()
    {
        await LoadAccountAsync();
        if (_history is not null)
        {
            await _history.ReloadAsync();
        }
    }

    private async Task LoadAccountAsync()
    {
        var points = await Volunteer.FindAsync((await AuthenticationState).User);
        (_volunteerId, _account) = (points?.VolunteerId, points?.Account);
    }
}
