using Charity.Marketplace.Volunteers;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Providers;

/// <summary>Volunteers' pending requests to join the organisation's team, to approve or decline.</summary>
public sealed partial class JoinRequestsPanel
{
    private IReadOnlyList<TeamMemberships.JoinRequest> _requests = [];
    private string? _message;
    private string? _email;
    private Severity _severity = Severity.Info;

    [Parameter, EditorRequired]
    public Guid OrganisationId { get; set; }

    /// <summary>Raised after a request was approved or declined.</summary>
    [Parameter]
    public EventCallback Decided { get; set; }

    [Inject]
    private TeamMemberships Memberships { get; set; } = null!;

    protected override async Task OnParametersSetAsync() => _requests = await Memberships.PendingRequestsAsync(OrganisationId);

    private async Task DecideAsync(TeamMemberships.JoinRequest request, bool approve)
    {
        var result = await Memberships.DecideAsync(OrganisationId, request.MembershipId, approve, request.Version);
        (_severity, _message) = result switch
        {
            MembershipResult.Done => (Severity.Success, L[approve ? "JoinRequests.Approved" : "JoinRequests.Declined", request.VolunteerName].Value),
            _ => (Severity.Warning, L["JoinRequests.Conflict"].Value),
        };
        _requests = await Memberships.PendingRequestsAsync(OrganisationId);
        await Decided.InvokeAsync();
    }

    private async Task InviteAsync()
    {
        var result = await Memberships.InviteAsync(OrganisationId, _email ?? string.Empty);
        (_severity, _message) = result == MembershipResult.Done
            ? (Severity.Success, L["JoinRequests.Invited", _email ?? string.Empty].Value)
            : (Severity.Warning, L[$"JoinRequests.Invite{result}"].Value);
        _email = result == MembershipResult.Done ? null : _email;
    }
}
