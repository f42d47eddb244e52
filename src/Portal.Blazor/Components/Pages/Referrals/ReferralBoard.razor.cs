using Charity.Marketplace.Referrals;
using Charity.Marketplace.Visits;
using Charity.Portal.Blazor.Referrals;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Referrals;

/// <summary>The station's referrals by state, with visits to confirm or query, completing with satisfaction, closing and cancelling.</summary>
public sealed partial class ReferralBoard
{
    private const int PageSize = 50;

    private readonly Dictionary<Guid, IReadOnlyList<VisitRow>> _visits = [];
    private readonly Dictionary<Guid, string?> _queries = [];
    private readonly Dictionary<Guid, int> _satisfaction = [];
    private readonly Dictionary<Guid, string?> _cancelReasons = [];
    private IReadOnlyDictionary<ReferralStatus, int> _counts = new Dictionary<ReferralStatus, int>();
    private IReadOnlyList<StationReferral>? _rows;
    private ReferralStatus? _status;
    private ReferralActions _actions = null!;

    [Inject]
    private ReferralQueries Queries { get; set; } = null!;

    [Inject]
    private ReferralCommands Commands { get; set; } = null!;

    [Inject]
    private VisitCommands Visits { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override void OnInitialized() => _actions = new(L, PartyAsync, LoadAsync);

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        if (await PartyAsync() is not { } party)
        {
            _rows = [];
            return;
        }

        _counts = await Queries.CountsAsync(party);
        var rows = (await Queries.BoardAsync(party, _status, 0, PageSize)).Rows;
        _visits.Clear();
        foreach (var row in rows.Where(r => r.Status is ReferralStatus.InService or ReferralStatus.Completed || r.VisitsToConfirm > 0))
        {
            _visits[row.Id] = await Queries.VisitsAsync(party, row.Id);
        }

        foreach (var row in rows)
        {
            _satisfaction.TryAdd(row.Id, 0);
            _cancelReasons.TryAdd(row.Id, null);
            foreach (var visit in _visits.GetValueOrDefault(row.Id, []))
            {
                _queries.TryAdd(visit.Id, null);
            }
        }

        _rows = rows;
    }

    private Task OnStatusChanged(ReferralStatus? status)
    {
        _status = status;
        return LoadAsync();
    }

    private Task ConfirmAsync(VisitRow visit) => _actions.RunAsync(party => Visits.ConfirmAsync(party, visit.Id, visit.Version));

    private Task QueryAsync(VisitRow visit) => _actions.RunAsync(party => Visits.QueryAsync(party, visit.Id, _queries.GetValueOrDefault(visit.Id) ?? string.Empty, visit.Version));

    private Task CompleteAsync(StationReferral row) => _actions.RunAsync(party => Commands.CompleteAsync(party, row.Id, _satisfaction.GetValueOrDefault(row.Id), row.Version));

    private Task CloseAsync(StationReferral row) => _actions.RunAsync(party => Commands.CloseAsync(party, row.Id, row.Version));

    private Task CancelAsync(StationReferral row) => _actions.RunAsync(party => Commands.CancelAsync(party, row.Id, _cancelReasons.GetValueOrDefault(row.Id) ?? string.Empty, row.Version));

    private async Task<ReferralParty?> PartyAsync() => ReferralPartyOf.User((await AuthenticationState).User);
}
