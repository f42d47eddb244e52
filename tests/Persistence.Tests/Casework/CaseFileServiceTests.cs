using Charity.Marketplace.Cases;
using Charity.Marketplace.Privacy;
using Charity.TestSupport.Cases;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Tests.Casework;

/// <summary>Case files on each real database: encryption at rest, duplicates, station scoping, the audited view, concurrency.</summary>
public abstract class CaseFileServiceTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private StationDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await StationDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task OpenAsync_NewHousehold_LeavesNoPlaintextPersonalDataInAnyColumn()
    {
        var idNumber = FictitiousIdNumbers.NextEndingInX();
        var household = _desk.NewHousehold(idNumber.ToLowerInvariant());
        var member = household.Members.Single();
        string[] secrets = [household.HeadName, idNumber.ToUpperInvariant(), idNumber.ToLowerInvariant(), household.Phone, household.Address, member.Name, member.IdNumber!.ToUpperInvariant(), member.IdNumber!.ToLowerInvariant()];

        var id = await _desk.OpenAsync(household);

        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var files = await RawRows.ReadAsync(db, RawRows.CaseFiles);
        var members = await RawRows.ReadAsync(db, RawRows.HouseholdMembers);
        var events = await RawRows.ReadAsync(db, RawRows.CaseFileEvents);
        Assert.NotNull(files.WithId(id));
        Assert.Single(members, row => string.Equals(row["CaseFileId"], id.ToString(), StringComparison.OrdinalIgnoreCase));
        var values = files.Concat(members).Concat(events).SelectMany(row => row.Values).OfType<string>().ToList();
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(values, value => value.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task RevealAsync_OwnStation_ReturnsTheDetailsAsEntered()
    {
        var household = _desk.NewHousehold();
        var id = await _desk.OpenAsync(household);

        var revealed = await _desk.CaseFiles.RevealAsync(_desk.Caseworker, id, AccessPurpose.Assessment, note: null);

        Assert.NotNull(revealed);
        Assert.Equal(new PersonalData(household.HeadName, household.Phone, household.Address), revealed.Head);
        Assert.Equal(household.IdNumber, revealed.IdNumber);
        var member = household.Members.Single();
        Assert.Equal([new RevealedMember(member.Relationship, member.BirthYear, member.Name, member.IdNumber)], revealed.Members);
    }

    [Fact]
    public async Task OpenAsync_SameIdNumberAgain_IsRefusedAsADuplicate()
    {
        var first = _desk.NewHousehold();
        await _desk.OpenAsync(first);

        var second = await _desk.CaseFiles.OpenAsync(_desk.Caseworker, _desk.NewHousehold(idNumber: first.IdNumber));

        Assert.Equal(CaseFileOutcome.Invalid, second.Outcome);
        Assert.Equal([new CaseFileProblem(nameof(NewCaseFile.IdNumber), CaseFileProblemCode.DuplicateIdNumber)], second.Problems);
    }

    [Fact]
    public async Task FindAsync_CaseworkerOfAnotherStation_ReturnsNull()
    {
        var id = await _desk.OpenAsync();

        Assert.Null(await _desk.CaseFiles.FindAsync(_desk.OtherStation, id));
    }

    [Fact]
    public async Task PageAsync_CaseworkerOfAnotherStation_DoesNotListTheFile()
    {
        var id = await _desk.OpenAsync();

        var own = await _desk.CaseFiles.PageAsync(_desk.Caseworker, new CaseFileFilter(), 0, 1000);
        var other = await _desk.CaseFiles.PageAsync(_desk.OtherStation, new CaseFileFilter(), 0, 1000);

        Assert.Contains(own.Rows, row => row.Id == id);
        Assert.NotEmpty(other.Rows);
        Assert.DoesNotContain(other.Rows, row => row.Id == id);
    }

    [Fact]
    public async Task RevealAsync_CaseworkerOfAnotherStation_ReturnsNullAndRecordsNothing()
    {
        var id = await _desk.OpenAsync();

        var revealed = await _desk.CaseFiles.RevealAsync(_desk.OtherStation, id, AccessPurpose.Verification, note: null);

        Assert.Null(revealed);
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.PersonalDataAccessLog.CountAsync(a => a.CaseFileId == id));
        Assert.Equal(0, await db.CaseFileEvents.CountAsync(e => e.CaseFileId == id && e.Kind == CaseEventKind.PersonalDataViewed));
    }

    [Fact]
    public async Task ChangeStatusAsync_CaseworkerOfAnotherStation_IsNotFoundAndLeavesTheFileActive()
    {
        var id = await _desk.OpenAsync();
        var before = await _desk.DetailAsync(id);

        var result = await _desk.CaseFiles.ChangeStatusAsync(_desk.OtherStation, id, CaseFileStatus.Closed, "迁出本市", before.Version);

        Assert.Equal(CaseFileOutcome.NotFound, result.Outcome);
        var after = await _desk.DetailAsync(id);
        Assert.Equal((CaseFileStatus.Active, before.Version), (after.Status, after.Version));
    }

    [Fact]
    public async Task FindAsync_Bureau_SeesAFileOfAnyStation()
    {
        var id = await _desk.OpenAsync();

        var found = await _desk.CaseFiles.FindAsync(_desk.Bureau, id);

        Assert.NotNull(found);
        Assert.Equal(_desk.Caseworker.StationId, found.StationId);
    }

    [Fact]
    public async Task RevealAsync_TwoViews_RecordsOneAccessRowPerViewWithWhoAndWhy()
    {
        var id = await _desk.OpenAsync();
        var fileNumber = (await _desk.DetailAsync(id)).FileNumber;

        await _desk.CaseFiles.RevealAsync(_desk.Caseworker, id, AccessPurpose.Assessment, note: null);
        await _desk.CaseFiles.RevealAsync(_desk.Caseworker, id, AccessPurpose.Other, note: "核对赡养人信息");

        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var log = await db.PersonalDataAccessLog.AsNoTracking().Where(a => a.CaseFileId == id).ToListAsync();
        Assert.Equal(
            [
                (_desk.Caseworker.UserId, _desk.Caseworker.UserName, fileNumber, AccessPurpose.Assessment, (string?)null, StationDesk.Now),
                (_desk.Caseworker.UserId, _desk.Caseworker.UserName, fileNumber, AccessPurpose.Other, "核对赡养人信息", StationDesk.Now),
            ],
            log.Select(a => (a.UserId, a.UserName, a.FileNumber, a.Purpose, a.Note, a.At)).OrderBy(a => a.Purpose));
    }

    [Fact]
    public async Task RevealAsync_OwnStation_PutsAPersonalDataViewedEventOnTheTimeline()
    {
        var id = await _desk.OpenAsync();

        await _desk.CaseFiles.RevealAsync(_desk.Caseworker, id, AccessPurpose.ServiceCoordination, note: null);

        var timeline = await _desk.CaseFiles.TimelineAsync(_desk.Caseworker, id);
        var viewed = Assert.Single(timeline, e => e.Kind == CaseEventKind.PersonalDataViewed);
        Assert.Equal((_desk.Caseworker.UserName, StationDesk.Now), (viewed.ActorName, viewed.At));
    }

    [Fact]
    public async Task ChangeStatusAsync_StaleVersion_IsAConflictAndChangesNothing()
    {
        var id = await _desk.OpenAsync();
        var stale = (await _desk.DetailAsync(id)).Version;
        Assert.Equal(CaseFileOutcome.Done, (await _desk.CaseFiles.ChangeStatusAsync(_desk.Caseworker, id, CaseFileStatus.Suspended, "外出务工", stale)).Outcome);
        var current = await _desk.DetailAsync(id);

        var result = await _desk.CaseFiles.ChangeStatusAsync(_desk.Caseworker, id, CaseFileStatus.Closed, "迁出本市", stale);

        Assert.Equal(CaseFileOutcome.Conflict, result.Outcome);
        var after = await _desk.DetailAsync(id);
        Assert.Equal((CaseFileStatus.Suspended, "外出务工", current.Version), (after.Status, after.StatusReason, after.Version));
        Assert.DoesNotContain(await _desk.CaseFiles.TimelineAsync(_desk.Caseworker, id), e => e.Kind == CaseEventKind.Closed);
    }

    [Fact]
    public async Task PageAsync_SearchByIdNumber_FindsTheFileThroughTheBlindIndex()
    {
        var idNumber = FictitiousIdNumbers.NextEndingInX();
        var id = await _desk.OpenAsync(_desk.NewHousehold(idNumber.ToLowerInvariant()));

        var page = await _desk.CaseFiles.PageAsync(_desk.Caseworker, new CaseFileFilter(Search: idNumber), 0, 20);

        Assert.Equal(id, Assert.Single(page.Rows).Id);
    }
}

public sealed class SqliteCaseFileServiceTests(SqlitePortalFactory portal)
    : CaseFileServiceTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresCaseFileServiceTests(PostgresPortalFactory portal)
    : CaseFileServiceTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
