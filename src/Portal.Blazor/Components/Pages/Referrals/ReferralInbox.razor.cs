using Charity.Marketplace;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Visits;
using Charity.Marketplace.Volunteers;
using Charity.Portal.Blazor.Referrals;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Referrals;

/// <summary>
/// The organisation's referrals: those waiting for an answer first, with their deadline and only anonymised need
/// facts; accepted ones offer the household's contact (each look logged), scheduling and logging visits.
/// </summary>
public sealed partial class ReferralInbox
{
    private const int PageSize = 50;

    private readonly Dictionary<Guid, RowForm> _forms = [];
    private readonly Dictionary<Guid, HouseholdContact> _contacts = [];
    private IReadOnlyList<ProviderReferral>? _rows;
    private IReadOnlyList<TeamMemberships.TeamMember> _roster = [];
    private ReferralActions _actions = null!;

    [Inject]
    private ReferralQueries Queries { get; set; } = null!;

    [Inject]
    private ReferralCommands Commands { get; set; } = null!;

    [Inject]
    private ReferralContacts Contacts { get; set; } = null!;

    [Inject]
    private VisitCommands Visits { get; set; } = null!;

    [Inject]
    private TeamMemberships Teams { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override void OnInitialized() => _actions = new(L, PartyAsync, LoadAsync);

    protected override async Task OnInitializedAsync()
    {
        if (await PartyAsync() is { OrganisationId: { } organisation })
        {
            _roster = await Teams.RosterAsync(organisation);
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _rows = await PartyAsync() is { } party ? (await Queries.InboxAsync(party, null, 0, PageSize)).Rows : [];
    }

    private RowForm FormOf(ProviderReferral row)
    {
        if (!_forms.TryGetValue(row.Id, out var form))
        {
            var today = ChinaCalendar.Today(Clock).ToDateTime(TimeOnly.MinValue);
            form = new RowForm { FirstVisit = today.AddDays(1), VisitDate = today };
            _forms[row.Id] = form;
        }

        return form;
    }

    private Task AcceptAsync(ProviderReferral row) =>
        _actions.RunAsync(party => Commands.AcceptAsync(party, row.Id, row.Version));

    private Task DeclineAsync(ProviderReferral row) =>
        _actions.RunAsync(party => Commands.DeclineAsync(party, row.Id, FormOf(row).Reason, FormOf(row).Note, row.Version));

    private Task ScheduleAsync(ProviderReferral row) =>
        FormOf(row).FirstVisit is { } date
            ? _actions.RunAsync(party => Commands.ScheduleAsync(party, row.Id, new DateTimeOffset(date, ChinaCalendar.Offset), row.Version))
            : Task.CompletedTask;

    private Task LogVisitAsync(ProviderReferral row)
    {
        var form = FormOf(row);
        var date = DateOnly.FromDateTime(form.VisitDate ?? ChinaCalendar.Today(Clock).ToDateTime(TimeOnly.MinValue));
        var draft = new VisitDraft(date, form.Minutes, [.. form.Volunteers ?? []], string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes);
        return _actions.RunAsync(async party =>
        {
            var result = await Visits.LogAsync(party, row.Id, draft);
            if (result.Outcome == ReferralOutcome.Done)
            {
                _forms.Remove(row.Id);
            }

            return result;
        });
    }

    private async Task RevealAsync(ProviderReferral row)
    {
        if (await PartyAsync() is { } party && await Contacts.RevealAsync(party, row.Id) is { } contact)
        {
            _contacts[row.Id] = contact;
            _actions.Message = null;
        }
        else
        {
            _actions.Message = L["Referrals.NotFound"].Value;
        }
    }

    private async Task<ReferralParty?> PartyAsync() => ReferralPartyOf.User((await AuthenticationState).User);

    private sealed class RowForm
    {
        public DeclineReason Reason { get; set; } = DeclineReason.NoCapacity;

        public string? Note { get; set; }

        public DateTime? FirstVisit { get; set; }

        public DateTime? VisitDate { get; set; }

        public int Minutes { get; set; } = 60;

        public IReadOnlyCollection<Guid>? Volunteers { get; set; }

        public string? Notes { get; set; }
    }
}
