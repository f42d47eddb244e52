using Charity.Marketplace.Needs.Anonymisation;
using Charity.Marketplace.Privacy;
using Charity.Marketplace.Regions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Cases;

/// <summary>
/// Case files of a station (一户一档): opening, finding, status changes and the audited view of personal data.
/// Every query is limited by <see cref="CaseAccess.Visible"/>; a file outside it does not exist for the caller.
/// </summary>
public sealed class CaseFileService(
    IDbContextFactory<MarketplaceDbContext> contextFactory,
    PersonalDataProtector protector,
    IdNumberBlindIndex blindIndex,
    TimeProvider clock)
{
    private const int MaxNumberingAttempts = 3;

    public async Task<CaseFilePage> PageAsync(CaseAccess access, CaseFileFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = access.Visible(db.CaseFiles.AsNoTracking());
        var counts = await visible.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = await FilterAsync(visible, filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(c => c.Status).ThenByDescending(c => c.OpenedAt)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .Select(c => new CaseFileRow(c.Id, c.FileNumber, c.Station.Name, c.Community.Name, c.Category, c.HouseholdSize, c.Status, c.OpenedAt, c.ReassessmentDue))
            .ToListAsync(cancellationToken);
        return new CaseFilePage(rows, total, counts);
    }

    public async Task<CaseFileDetail?> FindAsync(CaseAccess access, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await access.Visible(db.CaseFiles.AsNoTracking())
            .Where(c => c.Id == id)
            .Select(c => new CaseFileDetail(
                c.Id, c.FileNumber, c.StationId, c.Station.Name, c.Community.Name, c.Category, c.SpecialGroups, c.HouseholdSize,
                c.HeadBirthYear, c.Members.Count, c.ConsentToShare, c.Discovery, c.Status, c.StatusReason, c.OpenedAt, c.ReassessmentDue, c.Version))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(CaseAccess access, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visibleIds = access.Visible(db.CaseFiles).Where(c => c.Id == id).Select(c => c.Id);
        return await db.CaseFileEvents.AsNoTracking()
            .Where(e => visibleIds.Contains(e.CaseFileId))
            .OrderByDescending(e => e.At)
            .Select(e => new TimelineEntry(e.Kind, e.At, e.ActorName, e.Note))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Decrypts the household's personal data for the caller, and records the view and its purpose in the same transaction.</summary>
    public async Task<RevealedPersonalData?> RevealAsync(CaseAccess access, Guid id, AccessPurpose purpose, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var file = await access.Visible(db.CaseFiles).AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (file is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        db.PersonalDataAccessLog.Add(access.RecordView(file, purpose, note, now));
        db.CaseFileEvents.Add(access.Event(file.Id, CaseEventKind.PersonalDataViewed, now));
        await db.SaveChangesAsync(cancellationToken);
        return new RevealedPersonalData(
            protector.Unprotect(file.Protected),
            protector.Unprotect(file.ProtectedIdNumber),
            file.Members.Select(m => new RevealedMember(m.Relationship, m.BirthYear, protector.Unprotect(m.ProtectedName), m.ProtectedIdNumber is null ? null : protector.Unprotect(m.ProtectedIdNumber))).ToList());
    }

    public async Task<CaseFileResult> OpenAsync(CaseAccess access, NewCaseFile request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        if (access.StationId is not { } stationId)
        {
            return CaseFileResult.Invalid(new CaseFileProblem(nameof(NewCaseFile.CommunityId), CaseFileProblemCode.NoStation));
        }

        var problems = NewCaseFileValidator.Validate(request, Today);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var station = await db.Stations.Include(s => s.Township).SingleAsync(s => s.Id == stationId, cancellationToken);
        var community = await db.Regions.SingleOrDefaultAsync(r => r.Id == request.CommunityId && r.Level == RegionLevel.Community && r.ParentId == station.TownshipId, cancellationToken);
        if (community is null)
        {
            problems.Add(new(nameof(NewCaseFile.CommunityId), CaseFileProblemCode.CommunityNotInStation));
        }

        var index = problems.Any(p => p.Field == nameof(NewCaseFile.IdNumber)) ? null : await blindIndex.ComputeAsync(request.IdNumber, cancellationToken);
        if (index is not null && await db.CaseFiles.AnyAsync(c => c.IdNumberIndex == index, cancellationToken))
        {
            problems.Add(new(nameof(NewCaseFile.IdNumber), CaseFileProblemCode.DuplicateIdNumber));
        }

        if (problems.Count > 0)
        {
            return CaseFileResult.Invalid([.. problems]);
        }

        var now = clock.GetUtcNow();
        var identity = new ProtectedIdentity(
            protector.Protect(new PersonalData(request.HeadName.Trim(), request.Phone.Trim(), request.Address.Trim())),
            protector.Protect(request.IdNumber.Trim().ToUpperInvariant()),
            index!);
        var birthYear = ChineseIdNumber.TryParse(request.IdNumber.Trim(), Today, out var parsed) ? parsed.BirthDate.Year : 0;
        var file = new CaseFile(await NextFileNumberAsync(db, station, cancellationToken), station, community!, request.Category, request.HouseholdSize, birthYear, identity, now)
        {
            SpecialGroups = request.SpecialGroups,
            ConsentToShare = request.ConsentToShare,
            Discovery = request.Discovery,
        };
        var cell = NeedAnonymisation.Grid.CellOf(community!.Centre, level: 0);
        (file.CellRow, file.CellColumn) = (cell.Row, cell.Column);
        foreach (var member in request.Members)
        {
            file.AddMember(new HouseholdMember(member.Relationship, member.BirthYear, protector.Protect(member.Name.Trim()),
                string.IsNullOrWhiteSpace(member.IdNumber) ? null : protector.Protect(member.IdNumber.Trim().ToUpperInvariant())));
        }

        db.CaseFiles.Add(file);
        db.CaseFileEvents.Add(access.Event(file.Id, CaseEventKind.Opened, now));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return CaseFileResult.Done(file.Id);
            }
            catch (DbUpdateException) when (attempt < MaxNumberingAttempts)
            {
                // Either another file for this person was opened meanwhile, or another file of the station took this number.
                if (await IsDuplicateAsync(index!, cancellationToken))
                {
                    return CaseFileResult.Invalid(new CaseFileProblem(nameof(NewCaseFile.IdNumber), CaseFileProblemCode.DuplicateIdNumber));
                }

                file.Renumber(await NextFileNumberAsync(db, station, cancellationToken));
            }
        }
    }

    /// <summary>Suspends, closes (both with a reason) or reactivates a file; a stale version is a conflict, not an overwrite.</summary>
    public async Task<CaseFileResult> ChangeStatusAsync(CaseAccess access, Guid id, CaseFileStatus target, string? reason, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (target != CaseFileStatus.Active && string.IsNullOrWhiteSpace(reason))
        {
            return CaseFileResult.Invalid(new CaseFileProblem("Reason", CaseFileProblemCode.ReasonRequired));
        }

        if (reason?.Trim().Length > 500)
        {
            return CaseFileResult.Invalid(new CaseFileProblem("Reason", CaseFileProblemCode.TooLong));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var file = await access.Visible(db.CaseFiles).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (file is null)
        {
            return CaseFileResult.NotFound;
        }

        if (file.Version != expectedVersion)
        {
            return CaseFileResult.Conflict;
        }

        if (file.Status == target)
        {
            return CaseFileResult.Invalid(new CaseFileProblem("Status", CaseFileProblemCode.AlreadyInThatStatus));
        }

        var now = clock.GetUtcNow();
        var kind = target switch
        {
            CaseFileStatus.Suspended => CaseEventKind.Suspended,
            CaseFileStatus.Closed => CaseEventKind.Closed,
            _ => CaseEventKind.Reactivated,
        };
        switch (target)
        {
            case CaseFileStatus.Suspended:
                file.Suspend(reason!, now);
                break;
            case CaseFileStatus.Closed:
                file.Close(reason!, now);
                break;
            default:
                file.Reactivate(now);
                break;
        }

        db.CaseFileEvents.Add(access.Event(file.Id, kind, now, reason?.Trim()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseFileResult.Conflict;
        }

        return CaseFileResult.Done(file.Id);
    }

    private async Task<IQueryable<CaseFile>> FilterAsync(IQueryable<CaseFile> query, CaseFileFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }

        if (filter.DueForReassessment)
        {
            var now = clock.GetUtcNow();
            query = query.Where(c => c.Status == CaseFileStatus.Active && c.ReassessmentDue != null && c.ReassessmentDue <= now);
        }

        var search = filter.Search?.Trim();
        if (string.IsNullOrEmpty(search))
        {
            return query;
        }

        if (ChineseIdNumber.IsValid(search, Today))
        {
            var index = await blindIndex.ComputeAsync(search, cancellationToken);
            return query.Where(c => c.IdNumberIndex == index);
        }

        return query.Where(c => c.FileNumber.Contains(search));
    }

    /// <summary>Today in China, against which birth dates in ID numbers are checked.</summary>
    private DateOnly Today => ChinaCalendar.Today(clock);

    /// <summary>The station's next number: township code and a running number.</summary>
    private static async Task<string> NextFileNumberAsync(MarketplaceDbContext db, ReferralStation station, CancellationToken cancellationToken)
    {
        var prefix = station.Township.Code + "-";
        var numbers = await db.CaseFiles.Where(c => c.StationId == station.Id).Select(c => c.FileNumber).ToListAsync(cancellationToken);
        var highest = numbers.Select(n => int.TryParse(n.AsSpan(prefix.Length), out var value) ? value : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{highest + 1:0000}";
    }

    private async Task<bool> IsDuplicateAsync(string index, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.CaseFiles.AnyAsync(c => c.IdNumberIndex == index, cancellationToken);
    }
}
