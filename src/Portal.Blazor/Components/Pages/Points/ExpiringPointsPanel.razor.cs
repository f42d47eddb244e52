using System.Globalization;
using Charity.Marketplace;
using Charity.Marketplace.Rewards;
using Charity.Points.Expiry;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>What the account loses in the next 60 days unless it is spent, by month; the oldest points go first.</summary>
public sealed partial class ExpiringPointsPanel
{
    private const int WindowDays = 60;
    private IReadOnlyList<ExpiringMonth> _months = [];
    private int _lifetimeMonths;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    /// <summary>The current balance; when it changes (a gift, an order), what expires is read again.</summary>
    [Parameter]
    public long Balance { get; set; }

    [Inject]
    private PointsExpiry Expiry { get; set; } = null!;

    [Inject]
    private RewardRulesService Rules { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _lifetimeMonths = (await Rules.CurrentAsync()).Rules.ExpiryMonths;
        _months = await Expiry.ExpiringSoonAsync(AccountId, _lifetimeMonths, WindowDays, ChinaCalendar.TimeZone);
    }

    private static string MonthName(ExpiringMonth month) => new DateOnly(month.Year, month.Month, 1).ToString("Y", CultureInfo.CurrentCulture);
}
