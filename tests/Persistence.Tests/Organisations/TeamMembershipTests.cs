using Charity.Marketplace.Volunteers;
using Charity.Portal.Blazor.Accounts;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Persistence.Tests.Organisations;

/// <summary>Volunteers asking to join teams on each real database: only verified organisations, only their own staff decide.</summary>
public abstract class TeamMembershipTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private ProviderDesk _desk = null!;
    private Guid _team;
    private Guid _volunteerUser;
    private string _volunteerEmail = null!;

    public async Task InitializeAsync()
    {
        _desk = await ProviderDesk.OpenAsync(portal);
        _team = await VerifiedOrganisationAsync();
        (_volunteerUser, _volunteerEmail) = await NewVolunteerAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private TeamMemberships Memberships => new(_desk.Contexts, TimeProvider.System);

    [Fact]
    public async Task Request_ThenOwnStaffApprove_MakesAnActiveMember()
    {
        Assert.Equal(MembershipResult.Done, await Memberships.RequestToJoinAsync(_volunteerUser, _team));
        Assert.Equal(MembershipStatus.Pending, Assert.Single(await Memberships.TeamsOfAsync(_volunteerUser)).Status);
        var request = Assert.Single(await Memberships.PendingRequestsAsync(_team));

        var result = await Memberships.DecideAsync(_team, request.MembershipId, approve: true, request.Version);

        Assert.Equal(MembershipResult.Done, result);
        Assert.Equal(MembershipStatus.Active, Assert.Single(await Memberships.TeamsOfAsync(_volunteerUser)).Status);
        Assert.Empty(await Memberships.PendingRequestsAsync(_team));
        Assert.DoesNotContain(await Memberships.JoinableAsync(_volunteerUser), c => c.Id == _team);
    }

    [Fact]
    public async Task StaffOfAnotherOrganisation_CannotSeeOrDecideTheRequest()
    {
        var other = await VerifiedOrganisationAsync();
        await Memberships.RequestToJoinAsync(_volunteerUser, _team);
        var request = Assert.Single(await Memberships.PendingRequestsAsync(_team));

        var result = await Memberships.DecideAsync(other, request.MembershipId, approve: true, request.Version);

        Assert.Equal(MembershipResult.NotFound, result);
        Assert.Empty(await Memberships.PendingRequestsAsync(other));
        Assert.Equal(MembershipStatus.Pending, Assert.Single(await Memberships.TeamsOfAsync(_volunteerUser)).Status);
    }

    [Fact]
    public async Task Decide_OnAStaleVersion_IsAConflict()
    {
        await Memberships.RequestToJoinAsync(_volunteerUser, _team);
        var request = Assert.Single(await Memberships.PendingRequestsAsync(_team));
        Assert.Equal(MembershipResult.Done, await Memberships.DecideAsync(_team, request.MembershipId, approve: false, request.Version));

        var late = await Memberships.DecideAsync(_team, request.MembershipId, approve: true, request.Version);

        Assert.Equal(MembershipResult.Conflict, late);
        Assert.Equal(MembershipStatus.Declined, Assert.Single(await Memberships.TeamsOfAsync(_volunteerUser)).Status);
    }

    [Fact]
    public async Task Request_ToAnUnverifiedOrganisation_IsNotFound()
    {
        var pending = await _desk.SignedUpAsync();

        Assert.Equal(MembershipResult.NotFound, await Memberships.RequestToJoinAsync(_volunteerUser, pending));
        Assert.DoesNotContain(await Memberships.JoinableAsync(_volunteerUser), c => c.Id == pending);
    }

    [Fact]
    public async Task Request_Twice_IsRefusedOnce()
    {
        await Memberships.RequestToJoinAsync(_volunteerUser, _team);

        Assert.Equal(MembershipResult.AlreadyMember, await Memberships.RequestToJoinAsync(_volunteerUser, _team));
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.TeamMemberships.CountAsync(m => m.OrganisationId == _team));
    }

    [Fact]
    public async Task InviteByEmail_ThenVolunteerAccepts_MakesAnActiveMember()
    {
        Assert.Equal(MembershipResult.Done, await Memberships.InviteAsync(_team, _volunteerEmail.ToUpperInvariant()));
        var invitation = Assert.Single(await Memberships.TeamsOfAsync(_volunteerUser));
        Assert.Equal((MembershipStatus.Pending, MembershipSide.Organisation), (invitation.Status, invitation.RequestedBy));
        Assert.Empty(await Memberships.PendingRequestsAsync(_team));
        Assert.Equal(MembershipResult.NotFound, await Memberships.DecideAsync(_team, invitation.MembershipId, approve: true, invitation.Version));

        var result = await Memberships.AnswerInvitationAsync(_volunteerUser, invitation.MembershipId, accept: true, invitation.Version);

        Assert.Equal(MembershipResult.Done, result);
        Assert.Equal(MembershipStatus.Active, Assert.Single(await Memberships.TeamsOfAsync(_volunteerUser)).Status);
    }

    [Fact]
    public async Task InviteByEmail_AnotherVolunteer_CannotAnswerIt()
    {
        await Memberships.InviteAsync(_team, _volunteerEmail);
        var invitation = Assert.Single(await Memberships.TeamsOfAsync(_volunteerUser));
        var (other, _) = await NewVolunteerAsync();

        Assert.Equal(MembershipResult.NotFound, await Memberships.AnswerInvitationAsync(other, invitation.MembershipId, accept: true, invitation.Version));
    }

    [Fact]
    public async Task InviteByEmail_UnknownAddressOrUnverifiedOrganisation_IsRefused()
    {
        var pending = await _desk.SignedUpAsync();

        Assert.Equal(MembershipResult.NotFound, await Memberships.InviteAsync(_team, "nobody@example.org"));
        Assert.Equal(MembershipResult.OrganisationNotVerified, await Memberships.InviteAsync(pending, _volunteerEmail));
    }

    private async Task<Guid> VerifiedOrganisationAsync()
    {
        var id = await _desk.SignedUpAsync();
        await _desk.Verification.VerifyAsync(id, await _desk.VersionOfAsync(id));
        return id;
    }

    private async Task<(Guid UserId, string Email)> NewVolunteerAsync()
    {
        var email = $"volunteer-{Guid.NewGuid():N}@example.org";
        await using var scope = portal.Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<VolunteerSignUp>()
            .RegisterAsync(new VolunteerSignUp.Request("于海燕", email, ProviderDesk.Password, _desk.Districts[0].Id));
        Assert.Empty(errors);
        return (user!.Id, email);
    }
}

public sealed class SqliteTeamMembershipTests(SqlitePortalFactory portal)
    : TeamMembershipTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresTeamMembershipTests(PostgresPortalFactory portal)
    : TeamMembershipTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
