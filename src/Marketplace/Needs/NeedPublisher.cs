using Charity.Marketplace.Assessment;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Needs.Anonymisation;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Needs;

/// <summary>
/// Posts a need from a submitted assessment. The description is scanned for personal data and refused if any
/// is found; the published projection gets a k-anonymous location, an age band, the household size and the
/// hardship band, and nothing else about the household.
/// </summary>
public sealed class NeedPublisher(
    IDbContextFactory<MarketplaceDbContext> contextFactory,
    PersonalDataScanner scanner,
    TimeProvider clock,
    LocationAnonymityOptions? anonymity = null)
{
    private const int LongestWindowDays = 366;

    public async Task<NeedPublishResult> PublishAsync(CaseAccess access, NeedDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == draft.AssessmentId, cancellationToken);
        var file = assessment is null ? null : await access.Visible(db.CaseFiles).Include(c => c.Station).ThenInclude(s => s.Township).SingleOrDefaultAsync(c => c.Id == assessment.CaseFileId, cancellationToken);
        if (assessment is null || file is null)
        {
            return new NeedPublishResult(NeedPublishOutcome.NotFound);
        }

        var now = clock.GetUtcNow();
        var problems = await ValidateAsync(db, draft, assessment, file, now, cancellationToken);
        if (problems.Count > 0)
        {
            return new NeedPublishResult(NeedPublishOutcome.Invalid, Problems: problems);
        }

        var description = draft.Description.Trim();
        var findings = scanner.Scan(description);
        if (findings.Count > 0)
        {
            return new NeedPublishResult(NeedPublishOutcome.BlockedByPersonalData, Findings: findings);
        }

        var location = await LocateAsync(db, file, cancellationToken);
        var rules = (await db.AssessmentRuleSets.AsNoTracking().SingleAsync(r => r.Id == assessment.RuleSetId, cancellationToken)).Rules;
        var urgency = assessment.Urgency!.Value;
        var window = new NeedWindow(draft.WindowStart, draft.WindowEnd);
        var published = new PublishedNeed(
            draft.ServiceItemCode,
            urgency,
            HardshipBand.Of(assessment.HardshipIndex!.Value).Lowest,
            AgeBand.Of(file.HeadBirthYear, ChinaCalendar.DateOf(now)).LowestAge,
            file.HouseholdSize,
            file.Station.TownshipId,
            location.Centre.Latitude,
            location.Centre.Longitude,
            location.CellSizeKm,
            description,
            window,
            draft.Frequency,
            now,
            now + rules.ResponseTimes.For(urgency));
        var need = new Need(file.Id, assessment.Id, draft.ServiceItemCode, window, draft.Frequency, description, urgency, assessment.HardshipIndex.Value, now, published.Id);
        db.PublishedNeeds.Add(published);
        db.Needs.Add(need);
        db.CaseFileEvents.Add(access.Event(file.Id, CaseEventKind.NeedPublished, now, draft.ServiceItemCode));
        await db.SaveChangesAsync(cancellationToken);
        return new NeedPublishResult(NeedPublishOutcome.Published, need.Id);
    }

    /// <summary>The household's cell coarsened over the city's active case files until at least k share it.</summary>
    private async Task<ApproximateLocation> LocateAsync(MarketplaceDbContext db, CaseFile file, CancellationToken cancellationToken)
    {
        var cells = await db.CaseFiles.AsNoTracking()
            .Where(c => c.Status == CaseFileStatus.Active)
            .Select(c => new { c.CellRow, c.CellColumn })
            .ToListAsync(cancellationToken);
        var locator = new ApproximateLocator(NeedAnonymisation.Grid, cells.Select(c => new Matching.Geo.GridCell(0, c.CellRow, c.CellColumn)), anonymity);
        return locator.Locate(new Matching.Geo.GridCell(0, file.CellRow, file.CellColumn), file.Station.Township.Centre);
    }

    private static async Task<List<NeedProblem>> ValidateAsync(MarketplaceDbContext db, NeedDraft draft, CaseAssessment assessment, CaseFile file, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<NeedProblem>();
        if (assessment.Status != AssessmentStatus.Submitted)
        {
            problems.Add(new(nameof(NeedDraft.AssessmentId), NeedProblemCode.AssessmentNotSubmitted));
        }

        if (file.Status != CaseFileStatus.Active)
        {
            problems.Add(new(nameof(NeedDraft.AssessmentId), NeedProblemCode.CaseFileNotActive));
        }

        if (string.IsNullOrWhiteSpace(draft.ServiceItemCode) || !await db.ServiceItems.AnyAsync(i => i.Code == draft.ServiceItemCode && i.IsActive, cancellationToken))
        {
            problems.Add(new(nameof(NeedDraft.ServiceItemCode), NeedProblemCode.UnknownServiceItem));
        }

        var today = ChinaCalendar.DateOf(now);
        if (draft.WindowStart < today)
        {
            problems.Add(new(nameof(NeedDraft.WindowStart), NeedProblemCode.WindowInThePast));
        }

        if (draft.WindowEnd < draft.WindowStart)
        {
            problems.Add(new(nameof(NeedDraft.WindowEnd), NeedProblemCode.WindowReversed));
        }
        else if (draft.WindowEnd.DayNumber - draft.WindowStart.DayNumber > LongestWindowDays)
        {
            problems.Add(new(nameof(NeedDraft.WindowEnd), NeedProblemCode.WindowTooLong));
        }

        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            problems.Add(new(nameof(NeedDraft.Description), NeedProblemCode.Required));
        }
        else if (draft.Description.Trim().Length > PublishedNeedConfiguration.DescriptionLength)
        {
            problems.Add(new(nameof(NeedDraft.Description), NeedProblemCode.TooLong));
        }

        return problems;
    }
}
