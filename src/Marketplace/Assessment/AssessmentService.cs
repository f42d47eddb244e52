using Charity.Marketplace.Cases;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Assessment;

/// <summary>
/// Assessments of a station's households: start (or resume) a draft, save it, submit it for scoring.
/// Submitting schedules the next reassessment and writes the timeline; the file's station scoping applies throughout.
/// </summary>
public sealed class AssessmentService(IDbContextFactory<MarketplaceDbContext> contextFactory, AssessmentRulesService rules, TimeProvider clock)
{
    /// <summary>The household's open draft, or a new one under the current rules. Null when the file is not visible.</summary>
    public async Task<(AssessmentOutcome Outcome, Guid? Id)> StartAsync(CaseAccess access, Guid caseFileId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var file = await access.Visible(db.CaseFiles).AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseFileId, cancellationToken);
        if (file is null)
        {
            return (AssessmentOutcome.NotFound, null);
        }

        if (file.Status != CaseFileStatus.Active)
        {
            return (AssessmentOutcome.CaseFileNotActive, null);
        }

        var draft = await db.Assessments.Where(a => a.CaseFileId == caseFileId && a.Status == AssessmentStatus.Draft).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (draft is not null)
        {
            return (AssessmentOutcome.Done, draft);
        }

        var ruleSet = await rules.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var assessment = new CaseAssessment(caseFileId, ruleSet, access.UserId, access.UserName, now);
        db.Assessments.Add(assessment);
        db.CaseFileEvents.Add(access.Event(caseFileId, CaseEventKind.AssessmentStarted, now));
        await db.SaveChangesAsync(cancellationToken);
        return (AssessmentOutcome.Done, assessment.Id);
    }

    public async Task<AssessmentView?> GetAsync(CaseAccess access, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await (
                from visible in VisibleAssessments(access, db)
                join file in db.CaseFiles on visible.CaseFileId equals file.Id
                join ruleSet in db.AssessmentRuleSets on visible.RuleSetId equals ruleSet.Id
                where visible.Id == id
                select new { Assessment = visible, file.FileNumber, RuleSet = ruleSet })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var assessment = found.Assessment;
        var ruleSetRules = found.RuleSet.Rules;
        var scores = assessment.IndicatorScores;
        var result = assessment.Status == AssessmentStatus.Submitted ? AssessmentScorer.Score(scores, ruleSetRules) : null;
        return new AssessmentView(assessment.Id, assessment.CaseFileId, found.FileNumber, assessment.Status, scores, found.RuleSet.Number, ruleSetRules, result,
            assessment.StartedAt, assessment.SubmittedAt, assessment.AssessorName, assessment.Version);
    }

    public async Task<IReadOnlyList<AssessmentSummary>> HistoryAsync(CaseAccess access, Guid caseFileId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var assessments = await VisibleAssessments(access, db)
            .Where(a => a.CaseFileId == caseFileId)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return assessments
            .OrderBy(a => a.StartedAt)
            .Select(a => new AssessmentSummary(a.Id, a.Status, a.StartedAt, a.SubmittedAt, a.HardshipIndex, a.Urgency, a.SuggestedItems))
            .ToList();
    }

    public Task<AssessmentOutcome> SaveDraftAsync(CaseAccess access, Guid id, IndicatorScores scores, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(access, id, expectedVersion, (db, assessment, file, _) =>
        {
            assessment.SaveDraft(scores);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Scores the assessment with the rules it was started under and schedules the household's next assessment.</summary>
    public Task<AssessmentOutcome> SubmitAsync(CaseAccess access, Guid id, IndicatorScores scores, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(access, id, expectedVersion, async (db, assessment, file, now) =>
        {
            var ruleSet = await db.AssessmentRuleSets.AsNoTracking().SingleAsync(r => r.Id == assessment.RuleSetId, cancellationToken);
            var rulesOfAssessment = ruleSet.Rules;
            var result = assessment.Submit(scores, rulesOfAssessment, now);
            file.ScheduleReassessment(rulesOfAssessment.ReassessmentDue(now));
            db.CaseFileEvents.Add(access.Event(file.Id, CaseEventKind.AssessmentSubmitted, now,
                FormattableString.Invariant($"{result.HardshipIndex:0.0} · {result.Urgency}")));
        }, cancellationToken);

    private async Task<AssessmentOutcome> ChangeAsync(
        CaseAccess access, Guid id, Guid expectedVersion, Func<MarketplaceDbContext, CaseAssessment, CaseFile, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await VisibleAssessments(access, db).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (found is null)
        {
            return AssessmentOutcome.NotFound;
        }

        // A submitted assessment never changes again, whichever version the caller holds: a repeated submit is
        // told so, not that someone else changed the draft.
        if (found.Status != AssessmentStatus.Draft)
        {
            return AssessmentOutcome.AlreadySubmitted;
        }

        if (found.Version != expectedVersion)
        {
            return AssessmentOutcome.Conflict;
        }

        var file = await db.CaseFiles.SingleAsync(c => c.Id == found.CaseFileId, cancellationToken);
        await change(db, found, file, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AssessmentOutcome.Conflict;
        }

        return AssessmentOutcome.Done;
    }

    /// <summary>The assessments of the case files the caller may see.</summary>
    private static IQueryable<CaseAssessment> VisibleAssessments(CaseAccess access, MarketplaceDbContext db)
    {
        var visibleFiles = access.Visible(db.CaseFiles).Select(f => f.Id);
        return db.Assessments.Where(a => visibleFiles.Contains(a.CaseFileId));
    }
}
