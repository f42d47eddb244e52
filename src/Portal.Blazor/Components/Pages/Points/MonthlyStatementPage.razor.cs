using Charity.Marketplace;
using Charity.Points.Reports;
using Charity.Portal.Blazor.Points;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>
/// The statement of one month of an account's points: opening and closing balance, credits, debits and every entry,
/// with an Excel download. The account is the reader's own (a volunteer's, or their organisation's for its staff), a
/// budget's for Admins, or a household's for those who may see its case file.
/// </summary>
public sealed partial class MonthlyStatementPage
{
    private bool _loaded;
    private StatementMonth _month;
    private StatementOwner _owner;
    private StatementSubject? _subject;
    private StatementLayout? _layout;
    private List<BreadcrumbItem> _breadcrumbs = [];

    /// <summary>The month as <c>yyyy-MM</c>; the current month when absent.</summary>
    [SupplyParameterFromQuery(Name = "month")]
    public string? Month { get; set; }

    /// <summary>The budget whose statement this is, for Admins.</summary>
    [SupplyParameterFromQuery(Name = "budget")]
    public Guid? Budget { get; set; }

    /// <summary>The case file of the household whose statement this is.</summary>
    [SupplyParameterFromQuery(Name = "household")]
    public Guid? Household { get; set; }

    [Inject]
    private StatementSubjects Subjects { get; set; } = null!;

    [Inject]
    private LedgerReports Reports { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IJSRuntime Js { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    /// <summary>The link to the statement of <paramref name="month"/>; the reader's own unless <paramref name="owner"/> says whose.</summary>
    internal static string LinkTo(StatementMonth month, StatementOwner owner = default) => $"/points/statement?month={month}{owner.Query}";

    protected override async Task OnParametersSetAsync()
    {
        _month = StatementMonth.FromQuery(Month, Clock);
        _owner = new StatementOwner(Budget, Household);
        _subject = await Subjects.FindAsync((await AuthenticationState).User, _owner);
        _breadcrumbs = _subject is null
            ? []
            : [new(_subject.HomeTitle, _subject.HomeLink), new(L["Statement.Title"], null, disabled: true)];
        _layout = _subject?.AccountId is { } accountId
            ? StatementComposer.Compose(await Reports.GetMonthlyStatementAsync(accountId, _month.Year, _month.Month, ChinaCalendar.TimeZone), L)
            : null;
        _loaded = true;
    }

    /// <summary>Opens the browser's print dialog, which also saves the statement as a PDF; the print styles leave the page's controls off the paper.</summary>
    private async Task PrintAsync()
    {
        await using var printing = await Js.InvokeAsync<IJSObjectReference>("import", "./js/printing.js");
        await printing.InvokeVoidAsync("printPage");
    }

    private void OnMonthPicked(DateTime? date)
    {
        if (date is { } picked)
        {
            Navigation.NavigateTo(LinkTo(StatementMonth.Of(DateOnly.FromDateTime(picked)), _owner));
        }
    }
}
