using Charity.Marketplace.Privacy;

namespace Charity.Marketplace.Cases;

/// <summary>
/// Who is asking, and which case files they may see: a caseworker only their own station's, the bureau all.
/// Every case-file query goes through <see cref="Visible"/>.
/// </summary>
public sealed record CaseAccess(Guid UserId, string UserName, Guid? StationId, bool IsBureau)
{
    public IQueryable<CaseFile> Visible(IQueryable<CaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (IsBureau)
        {
            return files;
        }

        return StationId is { } station ? files.Where(f => f.StationId == station) : files.Where(_ => false);
    }

    internal PersonalDataAccess RecordView(CaseFile file, AccessPurpose purpose, string? note, DateTimeOffset at) =>
        new(at, UserId, UserName, file.Id, file.FileNumber, purpose, note);

    internal CaseFileEvent Event(Guid caseFileId, CaseEventKind kind, DateTimeOffset at, string? note = null) =>
        new(caseFileId, kind, at, UserId, UserName, note);
}
