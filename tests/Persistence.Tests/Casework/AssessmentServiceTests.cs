using Charity.Marketplace.Assessment;
using Charity.TestSupport.Web;

namespace Charity.Persistence.Tests.Casework;

/// <summary>The assessment's life on each real database: draft, save, submit, reassessment and stale writes.</summary>
public abstract class AssessmentServiceTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    /// <summary>DOMAIN.md's example: bedridden (14 = 3) with nobody to care (1 = 3), help needed to eat and wash.</summary>
    private static readonly IndicatorScores DomainExample = StationDesk.Scores((1, 3), (14, 3), (28, 3), (29, 3));

    private StationDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await StationDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task StartAsync_ActiveFile_CreatesAnEmptyDraft()
    {
        var file = await _desk.OpenAsync();

        var (outcome, id) = await _desk.Assessments.StartAsync(_desk.Caseworker, file);

        Assert.Equal(AssessmentOutcome.Done, outcome);
        var view = await _desk.Assessments.GetAsync(_desk.Caseworker, id!.Value);
        Assert.NotNull(view);
        Assert.Equal((file, AssessmentStatus.Draft, IndicatorScores.None, (AssessmentResult?)null), (view.CaseFileId, view.Status, view.Scores, view.Result));
    }

    [Fact]
    public async Task SaveDraftAsync_CurrentVersion_KeepsTheScoresAsADraft()
    {
        var file = await _desk.OpenAsync();
        var (_, id) = await _desk.Assessments.StartAsync(_desk.Caseworker, file);
        var draft = await _desk.Assessments.GetAsync(_desk.Caseworker, id!.Value);

        var outcome = await _desk.Assessments.SaveDraftAsync(_desk.Caseworker, id.Value, DomainExample, draft!.Version);

        Assert.Equal(AssessmentOutcome.Done, outcome);
        var saved = await _desk.Assessments.GetAsync(_desk.Caseworker, id.Value);
        Assert.Equal((AssessmentStatus.Draft, DomainExample), (saved!.Status, saved.Scores));
        Assert.NotEqual(draft.Version, saved.Version);
    }

    [Fact]
    public async Task SubmitAsync_DomainExample_IsCriticalWithIndex9Point4()
    {
        var file = await _desk.OpenAsync();

        var id = await _desk.SubmitAssessmentAsync(file, DomainExample);

        var view = await _desk.Assessments.GetAsync(_desk.Caseworker, id);
        Assert.Equal(AssessmentStatus.Submitted, view!.Status);
        Assert.Equal((Urgency.Critical, 9.4m), (view.Result!.Urgency, view.Result.HardshipIndex));
        var summary = Assert.Single(await _desk.Assessments.HistoryAsync(_desk.Caseworker, file));
        Assert.Equal((Urgency.Critical, 9.4m, StationDesk.Now), (summary.Urgency, summary.HardshipIndex, summary.SubmittedAt));
    }

    [Fact]
    public async Task SubmitAsync_DomainExample_SchedulesTheReassessmentSixMonthsLater()
    {
        var file = await _desk.OpenAsync();

        await _desk.SubmitAssessmentAsync(file, DomainExample);

        Assert.Equal(StationDesk.Now.AddMonths(6), (await _desk.DetailAsync(file)).ReassessmentDue);
    }

    [Fact]
    public async Task StartAsync_WithAnOpenDraft_ResumesThatDraft()
    {
        var file = await _desk.OpenAsync();
        var (_, first) = await _desk.Assessments.StartAsync(_desk.Caseworker, file);

        var (outcome, second) = await _desk.Assessments.StartAsync(_desk.Caseworker, file);

        Assert.Equal((AssessmentOutcome.Done, first), (outcome, second));
        Assert.Single(await _desk.Assessments.HistoryAsync(_desk.Caseworker, file));
    }

    [Fact]
    public async Task StartAsync_AfterASubmit_StartsANewDraft()
    {
        var file = await _desk.OpenAsync();
        var submitted = await _desk.SubmitAssessmentAsync(file, DomainExample);

        var (outcome, next) = await _desk.Assessments.StartAsync(_desk.Caseworker, file);

        Assert.Equal(AssessmentOutcome.Done, outcome);
        Assert.NotEqual(submitted, next);
        Assert.Equal(
            [(next!.Value, AssessmentStatus.Draft), (submitted, AssessmentStatus.Submitted)],
            (await _desk.Assessments.HistoryAsync(_desk.Caseworker, file)).Select(a => (a.Id, a.Status)).OrderBy(a => a.Status));
    }

    [Fact]
    public async Task SubmitAsync_Twice_IsAlreadySubmittedTheSecondTime()
    {
        var file = await _desk.OpenAsync();
        var (_, id) = await _desk.Assessments.StartAsync(_desk.Caseworker, file);
        var version = (await _desk.Assessments.GetAsync(_desk.Caseworker, id!.Value))!.Version;
        Assert.Equal(AssessmentOutcome.Done, await _desk.Assessments.SubmitAsync(_desk.Caseworker, id.Value, DomainExample, version));

        var again = await _desk.Assessments.SubmitAsync(_desk.Caseworker, id.Value, StationDesk.Scores((27, 3)), version);

        Assert.Equal(AssessmentOutcome.AlreadySubmitted, again);
        var view = await _desk.Assessments.GetAsync(_desk.Caseworker, id.Value);
        Assert.Equal(DomainExample, view!.Scores);
    }

    [Fact]
    public async Task SaveDraftAsync_StaleVersion_IsAConflictAndKeepsTheNewerScores()
    {
        var file = await _desk.OpenAsync();
        var (_, id) = await _desk.Assessments.StartAsync(_desk.Caseworker, file);
        var stale = (await _desk.Assessments.GetAsync(_desk.Caseworker, id!.Value))!.Version;
        Assert.Equal(AssessmentOutcome.Done, await _desk.Assessments.SaveDraftAsync(_desk.Caseworker, id.Value, DomainExample, stale));

        var outcome = await _desk.Assessments.SaveDraftAsync(_desk.Caseworker, id.Value, StationDesk.Scores((27, 3)), stale);

        Assert.Equal(AssessmentOutcome.Conflict, outcome);
        Assert.Equal(DomainExample, (await _desk.Assessments.GetAsync(_desk.Caseworker, id.Value))!.Scores);
    }

    [Fact]
    public async Task StartAsync_CaseworkerOfAnotherStation_IsNotFound()
    {
        var file = await _desk.OpenAsync();

        var (outcome, id) = await _desk.Assessments.StartAsync(_desk.OtherStation, file);

        Assert.Equal((AssessmentOutcome.NotFound, (Guid?)null), (outcome, id));
        Assert.Empty(await _desk.Assessments.HistoryAsync(_desk.Caseworker, file));
    }
}

public sealed class SqliteAssessmentServiceTests(SqlitePortalFactory portal)
    : AssessmentServiceTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresAssessmentServiceTests(PostgresPortalFactory portal)
    : AssessmentServiceTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
