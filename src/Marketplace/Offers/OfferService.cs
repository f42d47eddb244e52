using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Charity.Matching.Geo;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Offers;

/// <summary>
/// Service offers: publishing and editing by the owning organisation's staff (a stale version is a conflict, never an
/// overwrite), pausing and resuming, the organisation's own list, and expiry on the end date.
/// What others may see is in <see cref="OfferDirectory"/>.
/// </summary>
public sealed class OfferService(IDbContextFactory<MarketplaceDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>A service location further than this from every district centre is not in the city.</summary>
    public const double MaxKmFromDistrictCentre = 60;

    public async Task<OfferPage> PageOwnAsync(OfferAccess access, OfferStatus? status, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (access.OrganisationId is not { } own)
        {
            return new OfferPage([], 0);
        }

        var today = Today;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.ServiceOffers.AsNoTracking().Where(o => o.OrganisationId == own);
        query = status switch
        {
            null => query,
            OfferStatus.Expired => query.Where(o => o.Status == OfferStatus.Expired || o.EndDate < today),
            { } wanted => query.Where(o => o.Status == wanted && o.EndDate >= today),
        };
        var total = await query.CountAsync(cancellationToken);
        var rows = await (
                from o in query
                join i in db.ServiceItems on o.ServiceItemCode equals i.Code
                orderby o.EndDate < today, o.CreatedAt descending
                select new OfferRow(o.Id, o.Title, o.ServiceItemCode, i.Name, o.District.Name, o.Capacity, o.CapacityUnit, o.StartDate, o.EndDate,
                    o.EndDate < today ? OfferStatus.Expired : o.Status, o.Version))
            .Skip(pageIndex * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new OfferPage(rows, total);
    }

    /// <summary>The offer as its own staff (or the bureau) edit it; null for anyone else.</summary>
    public async Task<OfferDetail?> FindOwnAsync(OfferAccess access, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var offer = await db.ServiceOffers.AsNoTracking().Include(o => o.Organisation).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null || !(access.IsBureau || access.Owns(offer)))
        {
            return null;
        }

        var draft = new OfferDraft(
            offer.ServiceItemCode, offer.Title.ZhCn, NullIfEmpty(offer.Title.EnUs), offer.Description.ZhCn, NullIfEmpty(offer.Description.EnUs),
            offer.Latitude, offer.Longitude, offer.Address, offer.RadiusKm, offer.Capacity, offer.CapacityUnit, offer.Days, offer.OpensAt, offer.ClosesAt,
            offer.StartDate, offer.EndDate, BeneficiaryCategoryMask.FromMask(offer.EligibleCategoryMask), offer.EligibleGroups, offer.Cost);
        var status = offer.EndDate < Today ? OfferStatus.Expired : offer.Status;
        return new OfferDetail(offer.Id, offer.OrganisationId, offer.Organisation.Name, draft, status, offer.Version);
    }

    public async Task<OfferResult> CreateAsync(OfferAccess access, OfferDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(draft);
        if (access.OrganisationId is not { } own)
        {
            return OfferResult.Invalid(new OfferProblem("Organisation", OfferProblemCode.NoOrganisation));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == own, cancellationToken);
        if (organisation is null)
        {
            return OfferResult.Invalid(new OfferProblem("Organisation", OfferProblemCode.NoOrganisation));
        }

        var (problems, district) = await CheckAsync(db, draft, previousEnd: null, cancellationToken);
        if (problems.Count > 0)
        {
            return OfferResult.Invalid([.. problems]);
        }

        var offer = new ServiceOffer(organisation, district!, draft, clock.GetUtcNow());
        db.ServiceOffers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return OfferResult.Done(offer.Id);
    }

    /// <summary>Replaces the offer's details; <paramref name="expectedVersion"/> is the version the editor started from.</summary>
    public Task<OfferResult> UpdateAsync(OfferAccess access, Guid id, OfferDraft draft, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return ChangeAsync(access, id, expectedVersion, async (db, offer) =>
        {
            var (problems, district) = await CheckAsync(db, draft, offer.EndDate, cancellationToken);
            if (problems.Count > 0)
            {
                return problems;
            }

            offer.Apply(district!, draft, clock.GetUtcNow());
            return [];
        }, cancellationToken);
    }

    public Task<OfferResult> PauseAsync(OfferAccess access, Guid id, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(access, id, expectedVersion, (_, offer) =>
        {
            offer.Pause(clock.GetUtcNow());
            return Task.FromResult<IReadOnlyList<OfferProblem>>([]);
        }, cancellationToken);

    /// <summary>Makes a paused offer active again; an offer past its end date must first be given a new one.</summary>
    public Task<OfferResult> ResumeAsync(OfferAccess access, Guid id, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(access, id, expectedVersion, (_, offer) =>
        {
            if (offer.EndDate < Today)
            {
                return Task.FromResult<IReadOnlyList<OfferProblem>>([new(nameof(OfferDraft.EndDate), OfferProblemCode.EndInPast)]);
            }

            offer.Resume(clock.GetUtcNow());
            return Task.FromResult<IReadOnlyList<OfferProblem>>([]);
        }, cancellationToken);

    /// <summary>Marks every offer past its end date as expired; the number marked. Queries treat them as expired already.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.ServiceOffers.Where(o => o.Status != OfferStatus.Expired && o.EndDate < today).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var offer in due)
        {
            offer.Expire(now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An offer was edited meanwhile; the next run looks at it again.
            return 0;
        }

        return due.Count;
    }

    private DateOnly Today => ChinaCalendar.Today(clock);

    private async Task<OfferResult> ChangeAsync(
        OfferAccess access, Guid id, Guid expectedVersion, Func<MarketplaceDbContext, ServiceOffer, Task<IReadOnlyList<OfferProblem>>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var offer = await db.ServiceOffers.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null)
        {
            return OfferResult.NotFound;
        }

        if (!access.Owns(offer))
        {
            return OfferResult.Forbidden;
        }

        if (offer.Version != expectedVersion)
        {
            return OfferResult.Conflict;
        }

        var problems = await change(db, offer);
        if (problems.Count > 0)
        {
            return OfferResult.Invalid([.. problems]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OfferResult.Conflict;
        }

        return OfferResult.Done(offer.Id);
    }

    private async Task<(List<OfferProblem> Problems, Region? District)> CheckAsync(MarketplaceDbContext db, OfferDraft draft, DateOnly? previousEnd, CancellationToken cancellationToken)
    {
        var items = await db.ServiceItems.Where(i => i.IsActive).Select(i => i.Code).ToListAsync(cancellationToken);
        var problems = OfferValidator.Validate(draft, Today, items.ToHashSet(StringComparer.Ordinal), previousEnd).ToList();
        if (problems.Any(p => p.Field == nameof(OfferDraft.Latitude)))
        {
            return (problems, null);
        }

        var districts = await db.Regions.Where(r => r.Level == RegionLevel.District).ToListAsync(cancellationToken);
        var point = new GeoPoint(draft.Latitude, draft.Longitude);
        var nearest = districts.MinBy(d => d.Centre.DistanceKmTo(point));
        if (nearest is null || nearest.Centre.DistanceKmTo(point) > MaxKmFromDistrictCentre)
        {
            problems.Add(new(nameof(OfferDraft.Latitude), OfferProblemCode.LocationOutsideCity));
        }

        return (problems, nearest);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
