using Charity.Marketplace.Cases;
using Charity.Marketplace.Events;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Visits;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Tests.Referrals;

/// <summary>The closed referral loop on each real database: races, deadlines, who may see contact details, the full loop.</summary>
public abstract class ReferralLoopTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private ReferralDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ReferralDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Accept_TwoStaffAtOnce_OneWinsAndTheOtherIsAConflict()
    {
        var id = await _desk.ProposeAsync();
        var version = await _desk.VersionAsync(id);

        var results = await Task.WhenAll(
            Task.Run(() => _desk.Commands().AcceptAsync(_desk.Agency, id, version)),
            Task.Run(() => _desk.Commands().AcceptAsync(_desk.Agency with { UserId = Guid.NewGuid(), UserName = "另一位同事" }, id, version)));

        Assert.Equal([ReferralOutcome.Done, ReferralOutcome.Conflict], results.Select(r => r.Outcome).Order());
        Assert.Equal(ReferralStatus.Accepted, (await _desk.ReferralAsync(id)).Status);
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.CaseFileEvents.CountAsync(e => e.Kind == CaseEventKind.ReferralAccepted && e.Note == null && db.Needs.Any(n => n.CaseFileId == e.CaseFileId && db.Referrals.Any(r => r.Id == id && r.NeedId == n.Id))));
    }

    [Fact]
    public async Task Propose_TwoCaseworkersAtOnceForOneNeed_OnlyOneReferralIsMade()
    {
        var (need, offer) = await _desk.OpenNeedAndOfferAsync();

        var results = await Task.WhenAll(
            Task.Run(() => _desk.Commands().ProposeAsync(_desk.Caseworker, need, offer)),
            Task.Run(() => _desk.Commands().ProposeAsync(_desk.Caseworker, need, offer)));

        Assert.Single(results, r => r.Outcome == ReferralOutcome.Done);
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Referrals.CountAsync(r => r.NeedId == need));
    }

    [Fact]
    public async Task ExpireDue_PastTheResponseDeadline_ReturnsTheNeedToTheOpenPool()
    {
        var id = await _desk.ProposeAsync();
        Assert.Equal((NeedStatus.Referred, NeedStatus.Referred), await _desk.NeedStatusAsync(id));
        var afterDeadline = (await _desk.ReferralAsync(id)).RespondBy.AddMinutes(1);

        var expired = await _desk.Commands(afterDeadline).ExpireDueAsync();

        Assert.True(expired >= 1);
        Assert.Equal(ReferralStatus.Expired, (await _desk.ReferralAsync(id)).Status);
        Assert.Equal((NeedStatus.Open, NeedStatus.Open), await _desk.NeedStatusAsync(id));
    }

    [Fact]
    public async Task ExpireDue_BeforeTheDeadline_LeavesTheReferralProposed()
    {
        var id = await _desk.ProposeAsync();

        await _desk.Commands((await _desk.ReferralAsync(id)).RespondBy.AddMinutes(-1)).ExpireDueAsync();

        Assert.Equal(ReferralStatus.Proposed, (await _desk.ReferralAsync(id)).Status);
    }

    [Fact]
    public async Task Decline_WithReason_ReturnsTheNeedAndItCanBeProposedAgain()
    {
        var id = await _desk.ProposeAsync();
        var referral = await _desk.ReferralAsync(id);

        var declined = await _desk.Commands().DeclineAsync(_desk.Agency, id, DeclineReason.NoCapacity, "本周名额已满", referral.Version);

        Assert.Equal(ReferralOutcome.Done, declined.Outcome);
        Assert.Equal((NeedStatus.Open, NeedStatus.Open), await _desk.NeedStatusAsync(id));
        var again = await _desk.Commands().ProposeAsync(_desk.Caseworker, referral.NeedId, referral.OfferId);
        Assert.Equal(ReferralOutcome.Done, again.Outcome);
    }

    [Fact]
    public async Task Accept_ByAnotherOrganisation_IsNotFoundAndChangesNothing()
    {
        var id = await _desk.ProposeAsync();

        var result = await _desk.Commands().AcceptAsync(_desk.OtherOrganisation, id, await _desk.VersionAsync(id));

        Assert.Equal(ReferralOutcome.NotFound, result.Outcome);
        Assert.Equal(ReferralStatus.Proposed, (await _desk.ReferralAsync(id)).Status);
    }

    [Fact]
    public async Task Complete_ByTheProvider_IsNotAllowed()
    {
        var id = await _desk.AcceptedAsync();

        var result = await _desk.Commands().CompleteAsync(_desk.Agency, id, 5, await _desk.VersionAsync(id));

        Assert.Equal(ReferralOutcome.NotAllowed, result.Outcome);
    }

    [Fact]
    public async Task RevealContact_BeforeAcceptance_IsNothing_AfterItIsLogged()
    {
        var id = await _desk.ProposeAsync();
        Assert.Null(await _desk.Contacts.RevealAsync(_desk.Agency, id));
        Assert.Equal(ReferralOutcome.Done, (await _desk.Commands().AcceptAsync(_desk.Agency, id, await _desk.VersionAsync(id))).Outcome);

        var contact = await _desk.Contacts.RevealAsync(_desk.Agency, id);

        Assert.Equal("慕容晓岚", contact?.Name);
        Assert.Null(await _desk.Contacts.RevealAsync(_desk.OtherOrganisation, id));
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.PersonalDataAccessLog.CountAsync(a => a.UserId == _desk.Agency.UserId && a.Note == $"referral {id}"));
    }

    [Fact]
    public async Task LogVisit_NotesNamingThePerson_IsRefusedAndWritesNothing()
    {
        var id = await _desk.AcceptedAsync();

        var result = await _desk.Visits().LogAsync(_desk.Agency, id, ReferralDesk.Visit(await _desk.TeamVolunteerAsync(), "给张大爷送了午餐"));

        Assert.Equal((ReferralOutcome.Invalid, ReferralProblemCode.ContainsPersonalData), (result.Outcome, result.Problem?.Code));
        Assert.Empty(await _desk.Queries.VisitsAsync(_desk.Agency, id));
        Assert.Equal(ReferralStatus.Accepted, (await _desk.ReferralAsync(id)).Status);
    }

    [Fact]
    public async Task LogVisit_VolunteerOfAnotherTeam_IsRefused()
    {
        var id = await _desk.AcceptedAsync();

        var result = await _desk.Visits().LogAsync(_desk.Agency, id, ReferralDesk.Visit(Guid.NewGuid()));

        Assert.Equal(ReferralProblemCode.NotATeamVolunteer, result.Problem?.Code);
    }

    [Fact]
    public async Task FullLoop_VisitConfirmedTwice_PublishesOneEventAndTheLoopCloses()
    {
        var id = await _desk.AcceptedAsync();
        var logged = await _desk.Visits().LogAsync(_desk.Agency, id, ReferralDesk.Visit(await _desk.TeamVolunteerAsync()));
        Assert.Equal(ReferralOutcome.Done, logged.Outcome);
        Assert.Equal(ReferralStatus.InService, (await _desk.ReferralAsync(id)).Status);
        var visit = Assert.Single(await _desk.Queries.VisitsAsync(_desk.Caseworker, id));

        var confirmations = await Task.WhenAll(
            Task.Run(() => _desk.Visits().ConfirmAsync(_desk.Caseworker, visit.Id, visit.Version)),
            Task.Run(() => _desk.Visits().ConfirmAsync(_desk.Caseworker, visit.Id, visit.Version)));

        Assert.Single(confirmations, c => c.Outcome == ReferralOutcome.Done);
        await using (var db = await _desk.Contexts.CreateDbContextAsync())
        {
            var events = await db.Outbox.Where(m => m.Type == nameof(VisitConfirmed)).ToListAsync();
            Assert.Single(events, e => e.Read<VisitConfirmed>().VisitId == visit.Id);
        }

        Assert.Equal(ReferralOutcome.Done, (await _desk.Commands().CompleteAsync(_desk.Caseworker, id, 5, await _desk.VersionAsync(id))).Outcome);
        Assert.Equal(ReferralOutcome.Done, (await _desk.Commands().CloseAsync(_desk.Caseworker, id, await _desk.VersionAsync(id))).Outcome);
        var closed = await _desk.ReferralAsync(id);
        Assert.Equal((ReferralStatus.Closed, 5), (closed.Status, closed.Satisfaction));
        Assert.Equal((NeedStatus.Fulfilled, NeedStatus.Fulfilled), await _desk.NeedStatusAsync(id));
    }

    [Fact]
    public async Task Inbox_ForTheProvider_HasTheAnonymisedNeedAndNoFileNumber()
    {
        var id = await _desk.ProposeAsync();

        var inbox = await _desk.Queries.InboxAsync(_desk.Agency, ReferralStatus.Proposed, 0, 200);

        var row = Assert.Single(inbox.Rows, r => r.Id == id);
        Assert.Equal("行动不便，需要工作日送午餐。", row.Description);
        Assert.InRange(row.AboutKm, 1, 100);
        Assert.DoesNotContain(typeof(ProviderReferral).GetProperties(), p => p.Name.Contains("File", StringComparison.Ordinal) || p.Name.Contains("Name", StringComparison.Ordinal));
    }
}

public sealed class SqliteReferralLoopTests(SqlitePortalFactory portal)
    : ReferralLoopTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresReferralLoopTests(PostgresPortalFactory portal)
    : ReferralLoopTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
