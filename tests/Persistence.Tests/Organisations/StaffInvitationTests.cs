using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Accounts;
using Charity.TestSupport.Time;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Persistence.Tests.Organisations;

/// <summary>Colleague invitations on each real database: stored hashed, good once, for seven days.</summary>
public abstract class StaffInvitationTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private ProviderDesk _desk = null!;
    private Guid _organisationId;
    private Guid _staffId;

    public async Task InitializeAsync()
    {
        _desk = await ProviderDesk.OpenAsync(portal);
        var result = await _desk.SignUpAsync(_desk.NewOrganisation());
        (_organisationId, _staffId) = (result.User!.OrganisationId!.Value, result.User.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Code_IsStoredOnlyAsItsHash()
    {
        var created = await Invitations(TimeProvider.System).CreateAsync(_organisationId, _staffId);

        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var stored = await db.StaffInvitations.SingleAsync(i => i.Id == created.Id);
        Assert.NotEqual(created.Code, stored.CodeHash);
        Assert.Equal(StaffInvitation.HashOf(created.Code), stored.CodeHash);
        Assert.Equal(stored.CreatedAt + TimeSpan.FromDays(7), stored.ExpiresAt);
    }

    [Fact]
    public async Task Code_CreatesAStaffAccountOnce_ThenIsUsed()
    {
        var created = await Invitations(TimeProvider.System).CreateAsync(_organisationId, _staffId);

        var first = await JoinAsync(created.Code);
        var second = await JoinAsync(created.Code);

        Assert.NotNull(first.User);
        Assert.Equal(_organisationId, first.User.OrganisationId);
        Assert.Null(second.User);
        Assert.Equal(StaffInvitationState.Used, second.State);
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var role = await db.UserRoles.Where(r => r.UserId == first.User.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync();
        Assert.Equal(PortalRoles.ProviderStaff, role);
        var row = Assert.Single(await Invitations(TimeProvider.System).ListAsync(_organisationId));
        Assert.Equal("同事", row.UsedBy);
    }

    [Fact]
    public async Task Code_AfterSevenDays_IsExpiredAndCreatesNothing()
    {
        var created = await Invitations(new FixedClock(DateTimeOffset.UtcNow.AddDays(-7).AddMinutes(-1))).CreateAsync(_organisationId, _staffId);
        var email = $"late-{Guid.NewGuid():N}@example.org";

        var result = await JoinAsync(created.Code, email);

        Assert.Null(result.User);
        Assert.Equal(StaffInvitationState.Expired, result.State);
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task Code_WithWeakPassword_StaysOpen()
    {
        var created = await Invitations(TimeProvider.System).CreateAsync(_organisationId, _staffId);

        var weak = await JoinAsync(created.Code, password: "short");
        var retry = await JoinAsync(created.Code);

        Assert.Null(weak.User);
        Assert.NotEmpty(weak.Errors);
        Assert.NotNull(retry.User);
    }

    [Fact]
    public async Task UnknownCode_CreatesNothing()
    {
        var result = await JoinAsync("not-a-code");

        Assert.Equal(StaffInvitationState.Unknown, result.State);
    }

    private StaffInvitations Invitations(TimeProvider clock) => new(_desk.Contexts, clock);

    private async Task<ColleagueSignUp.Result> JoinAsync(string code, string? email = null, string password = ProviderDesk.Password)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ColleagueSignUp>()
            .RegisterAsync(new ColleagueSignUp.Request(code, "同事", email ?? $"colleague-{Guid.NewGuid():N}@example.org", password));
    }
}

public sealed class SqliteStaffInvitationTests(SqlitePortalFactory portal)
    : StaffInvitationTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresStaffInvitationTests(PostgresPortalFactory portal)
    : StaffInvitationTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
