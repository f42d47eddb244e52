using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Organisations;

/// <summary>Pages through provider organisations for the bureau, filtered by name, type and status.</summary>
public sealed class OrganisationDirectory(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public sealed record Filter(string? NameContains, OrganisationType? Type, OrganisationStatus? Status);

    public sealed record Row(Guid Id, string Name, OrganisationType Type, string CreditCode, LocalizedText HomeDistrict, OrganisationStatus Status, DateTimeOffset RegisteredAt);

    public sealed record Page(IReadOnlyList<Row> Rows, int TotalCount);

    public async Task<Page> PageAsync(Filter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.NameContains))
        {
            var text = filter.NameContains.Trim();
            query = query.Where(o => o.Name.Contains(text));
        }

        if (filter.Type is { } type)
        {
            query = query.Where(o => o.Type == type);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(o => o.Status).ThenBy(o => o.Name)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .Select(o => new Row(o.Id, o.Name, o.Type, o.CreditCode, o.HomeDistrict.Name, o.Status, o.RegisteredAt))
            .ToListAsync(cancellationToken);
        return new Page(rows, total);
    }
}
