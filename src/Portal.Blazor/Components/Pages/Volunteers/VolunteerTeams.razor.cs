using Charity.Marketplace.Volunteers;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Volunteers;

/// <summary>A volunteer's teams (pending ones too) and a request to join a verified organisation's team.</summary>
public sealed partial class VolunteerTeams
{
    private Guid _userId;
    private IReadOnlyList<TeamMemberships.VolunteerTeam> _teams = [];
    private IReadOnlyList<TeamMemberships.Choice> _choices = [];
    private Guid? _choice;
    private string? _message;
    private Severity _severity = Severity.Info;

    [Inject]
    private TeamMemberships Memberships { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _userId = PortalClaims.UserIdOf((await AuthenticationState).User) ?? Guid.Empty;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _teams = await Memberships.TeamsOfAsync(_userId);
        _choices = await Memberships.JoinableAsync(_userId);
    }

    private async Task RequestAsync()
    {
        if (_choice is not { } organisationId)
        {
            return;
        }

        var result = await Memberships.RequestToJoinAsync(_userId, organisationId);
        (_severity, _message) = result switch
        {
            MembershipResult.Done => (Severity.Success, L["Teams.Requested"].Value),
            MembershipResult.AlreadyMember => (Severity.Info, L["Teams.AlreadyMember"].Value),
            _ => (Severity.Warning, L["OrgProfile.NotFound.Body"].Value),
        };
        _choice = null;
        await LoadAsync();
    }

    private async Task AnswerAsync(TeamMemberships.VolunteerTeam team, bool accept)
    {
        var result = await Memberships.AnswerInvitationAsync(_userId, team.MembershipId, accept, team.Version);
        (_severity, _message) = result == MembershipResult.Done
            ? (Severity.Success, L[accept ? "Teams.Accepted" : "Teams.DeclinedInvitation", team.Name].Value)
            : (Severity.Warning, L["JoinRequests.Conflict"].Value);
        await LoadAsync();
    }
}
