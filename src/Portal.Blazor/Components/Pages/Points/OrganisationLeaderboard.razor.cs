using System.Globalization;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Rewards;
using Charity.Points;
using Charity.Points.Accounts;
using Charity.Points.Reports;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>
/// 以奖代补: the organisations that earned the most points in a period, as a chart and a table; a provider's
/// own organisation stands out.
/// </summary>
public sealed partial class OrganisationLeaderboard
{
    private const int Top = 20;

    private LeaderboardPeriod _period = LeaderboardPeriod.ThisYear;
    private Dictionary<string, string> _namesByOwner = [];
    private string? _ownOwner;
    private Guid? _ownAccountId;
    private IReadOnlyList<LeaderboardEntry>? _entries;
    private LeaderboardEntry? _ownBelowTop;
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];

    [Inject]
    private LedgerReports Reports { get; set; } = null!;

    [Inject]
    private OrganisationDirectory Organisations { get; set; } = null!;

    [Inject]
    private RewardAccounts Accounts { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        if (user.IsInRole(PortalRoles.ProviderStaff) && PortalClaims.OrganisationOf(user) is { } own)
        {
            _ownOwner = RewardAccounts.OrganisationOwner(own);
            _ownAccountId = (await Accounts.FindOrganisationAsync(own))?.Id;
        }

        _namesByOwner = (await Organisations.ListVerifiedByNameAsync()).ToDictionary(o => RewardAccounts.OrganisationOwner(o.Id), o => o.Name);
        await ShowAsync(_period);
    }

    private async Task ShowAsync(LeaderboardPeriod period)
    {
        _period = period;
        var (from, until) = LeaderboardPeriods.SpanOf(period, Clock.GetUtcNow());
        var rankings = await Reports.GetTopByCreditsAsync(AccountKind.Organisation, LedgerUnits.Shell, from, until, Top);
        _entries = [.. rankings.Select(r => new LeaderboardEntry(r.Rank, NameOf(r.Owner), r.Credits, r.Owner == _ownOwner))];
        _ownBelowTop = _ownAccountId is { } ownAccount && !_entries.Any(e => e.IsOwn)
            && await Reports.GetRankingOfAsync(ownAccount, AccountKind.Organisation, LedgerUnits.Shell, from, until) is { } ownRanking
            ? new LeaderboardEntry(ownRanking.Rank, NameOf(ownRanking.Owner), ownRanking.Credits, IsOwn: true)
            : null;
        _labels = [.. _entries.Select(e => e.Rank.ToString(CultureInfo.CurrentCulture))];
        _series = [new() { Name = L["Leaderboard.Points"], Data = new ChartData<double>([.. _entries.Select(e => (double)e.Points)]) }];
    }

    private string NameOf(string owner) => _namesByOwner.TryGetValue(owner, out var name) ? name : L["Leaderboard.UnknownOrganisation"];

    /// <summary>One place on the leaderboard.</summary>
    private sealed record LeaderboardEntry(int Rank, string Name, long Points, bool IsOwn);
}
