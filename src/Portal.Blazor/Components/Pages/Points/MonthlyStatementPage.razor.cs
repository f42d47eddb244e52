using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Points.Reports;
using Charity.Portal.Blazor.Points;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>The statement of one month of the volunteer's, or the staff's organisation's, points: opening and closing balance, credits, debits and every entry, with an Excel download.</summary>
public sealed partial class MonthlyStatementPage
{
    private bool _loaded;
    private bool _forOrganisation;
    private StatementMonth _month;
    private StatementLayout? _layout;
    private List<BreadcrumbItem> _breadcrumbs = [];

    /// <summary>The month as <c>yyyy-MM</c>; the current month when absent.</summary>
    [SupplyParameterFromQuery(Name = "month")]
    public string? Month { get; set; }

    [Inject]
    private OwnPointsAccount OwnAccount { get; set; } = null!;

    [Inject]
    private LedgerReports Reports { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    /// <summary>The link to the statement of <paramref name="month"/>.</summary>
    internal static string LinkTo(StatementMonth month) => $"/points/statement?month={month}";

    protected override async Task OnParametersSetAsync()
    {
        _month = StatementMonth.FromQuery(Month, Clock);
        var user = (await AuthenticationState).User;
        _forOrganisation = user.IsInRole(PortalRoles.ProviderStaff);
        _breadcrumbs = [new(_forOrganisation ? L["Leaderboard.Title"] : L["MyPoints.Title"], OwnPointsAccount.HomeOf(user)), new(L["Statement.Title"], null, disabled: true)];
        var account = await OwnAccount.FindAsync(user);
        _layout = account is null
            ? null
            : StatementComposer.Compose(await Reports.GetMonthlyStatementAsync(account.Id, _month.Year, _month.Month, ChinaCalendar.TimeZone), L);
        _loaded = true;
    }

    private void OnMonthPicked(DateTime? date)
    {
        if (date is { } picked)
        {
            Navigation.NavigateTo(LinkTo(StatementMonth.Of(DateOnly.FromDateTime(picked))));
        }
    }
}
