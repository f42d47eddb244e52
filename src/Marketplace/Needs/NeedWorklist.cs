using Charity.Marketplace.Assessment;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Needs;

/// <summary>
/// The station's work queue: its needs ranked by hardship index, then urgency, then waiting time
/// ("精准发现并救助困难程度最突出和服务需求最迫切的困难群众").
/// </summary>
public sealed class NeedWorklist(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public sealed record Filter(NeedStatus? Status = null, Urgency? Urgency = null, string? ServiceItemCode = null);

    public sealed record Row(Guid Id, Guid CaseFileId, string FileNumber, string ServiceItemCode, LocalizedText ServiceItem, Urgency Urgency, decimal HardshipIndex, NeedStatus Status, DateTimeOffset CreatedAt, DateOnly WindowStart, DateOnly WindowEnd);

    public sealed record Page(IReadOnlyList<Row> Rows, int TotalCount, IReadOnlyDictionary<NeedStatus, int> CountsByStatus);

    public async Task<Page> PageAsync(CaseAccess access, Filter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var needs =
            from need in db.Needs.AsNoTracking()
            join file in access.Visible(db.CaseFiles) on need.CaseFileId equals file.Id
            join item in db.ServiceItems on need.ServiceItemCode equals item.Code
            select new { need, file.FileNumber, ItemName = item.Name };
        var counts = await needs.GroupBy(x => x.need.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (filter.Status is { } status)
        {
            needs = needs.Where(x => x.need.Status == status);
        }

        if (filter.Urgency is { } urgency)
        {
            needs = needs.Where(x => x.need.Urgency == urgency);
        }

        if (!string.IsNullOrEmpty(filter.ServiceItemCode))
        {
            needs = needs.Where(x => x.need.ServiceItemCode == filter.ServiceItemCode);
        }

        var total = await needs.CountAsync(cancellationToken);
        var rows = await needs
            .OrderByDescending(x => x.need.HardshipIndex).ThenByDescending(x => x.need.Urgency).ThenBy(x => x.need.CreatedAt)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .Select(x => new Row(x.need.Id, x.need.CaseFileId, x.FileNumber, x.need.ServiceItemCode, x.ItemName, x.need.Urgency, x.need.HardshipIndex, x.need.Status, x.need.CreatedAt, x.need.WindowStart, x.need.WindowEnd))
            .ToListAsync(cancellationToken);
        return new Page(rows, total, counts);
    }
}
