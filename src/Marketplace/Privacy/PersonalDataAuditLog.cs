using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Privacy;

/// <summary>The bureau's read of the personal-data access log, newest first.</summary>
public sealed class PersonalDataAuditLog(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public sealed record Row(DateTimeOffset At, string UserName, string FileNumber, AccessPurpose Purpose, string? Note);

    public sealed record Page(IReadOnlyList<Row> Rows, int TotalCount);

    public async Task<Page> PageAsync(string? fileNumberOrUser, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.PersonalDataAccessLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(fileNumberOrUser))
        {
            var text = fileNumberOrUser.Trim();
            query = query.Where(a => a.FileNumber.Contains(text) || a.UserName.Contains(text));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.At)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .Select(a => new Row(a.At, a.UserName, a.FileNumber, a.Purpose, a.Note))
            .ToListAsync(cancellationToken);
        return new Page(rows, total);
    }
}
