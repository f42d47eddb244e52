using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Organisations;

/// <summary>
/// Provider organisations as each viewer may see them: the bureau's filtered list of all, profiles and logos
/// (verified ones for everyone, the others only for their own staff and the bureau) and the public list.
/// </summary>
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

    public async Task<OrganisationProfile?> FindAsync(OrganisationViewer viewer, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var profile = await viewer.Visible(db.Organisations.AsNoTracking())
            .Where(o => o.Id == id)
            .Select(o => new OrganisationProfile(
                o.Id, o.Name, o.Type, o.HomeDistrict.Name,
                o.ServiceDistricts.OrderBy(d => d.Code).Select(d => d.Name).ToList(),
                o.ContactPhone, db.OrganisationLogos.Any(l => l.OrganisationId == o.Id),
                o.Status, o.RegisteredAt, o.VerifiedAt, o.RejectionReason, o.CreditCode, o.Version))
            .SingleOrDefaultAsync(cancellationToken);
        return profile is null || viewer.IsInsider(id) ? profile : profile with { RejectionReason = null, CreditCode = null };
    }

    /// <summary>Verified organisations only, whoever asks: the public list and the API.</summary>
    public async Task<(IReadOnlyList<PublicOrganisation> Items, int TotalCount)> ListVerifiedAsync(int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = OrganisationViewer.Anonymous.Visible(db.Organisations.AsNoTracking());
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .Select(PublicShape())
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<PublicOrganisation?> FindPublicAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await OrganisationViewer.Anonymous.Visible(db.Organisations.AsNoTracking()).Where(o => o.Id == id).Select(PublicShape()).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<OrganisationLogoImage?> LogoAsync(OrganisationViewer viewer, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = viewer.Visible(db.Organisations).Where(o => o.Id == id).Select(o => o.Id);
        return await db.OrganisationLogos.AsNoTracking()
            .Where(l => visible.Contains(l.OrganisationId))
            .Select(l => new OrganisationLogoImage(l.ContentType, l.Content))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static System.Linq.Expressions.Expression<Func<Organisation, PublicOrganisation>> PublicShape() =>
        o => new PublicOrganisation(
            o.Id, o.Name, o.Type, o.ContactPhone,
            o.ServiceDistricts.OrderBy(d => d.Code).Select(d => d.Code).ToList(),
            o.ServiceDistricts.OrderBy(d => d.Code).Select(d => d.Name).ToList());
}
