using Charity.Marketplace.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Offers;

/// <summary>
/// Offers as others see them. The public sees an offer only while its organisation is verified, it is active and its
/// end date has not passed; the organisation's own staff and the bureau also see the rest of what they may manage.
/// </summary>
public sealed class OfferDirectory(IDbContextFactory<MarketplaceDbContext> contextFactory, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<PublicOfferPage> SearchAsync(OfferAccess access, OfferFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = Visible(db.ServiceOffers.AsNoTracking(), access);
        if (!string.IsNullOrWhiteSpace(filter.CategoryCode))
        {
            query = query.Where(o => db.ServiceItems.Any(i => i.Code == o.ServiceItemCode && i.Category.Code == filter.CategoryCode));
        }

        if (!string.IsNullOrWhiteSpace(filter.ServiceItemCode))
        {
            query = query.Where(o => o.ServiceItemCode == filter.ServiceItemCode);
        }

        if (filter.DistrictId is { } district)
        {
            query = query.Where(o => o.DistrictId == district);
        }

        if (filter.OrganisationId is { } organisation)
        {
            query = query.Where(o => o.OrganisationId == organisation);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = query.OrderBy(o => o.ServiceItemCode).ThenBy(o => o.Organisation.Name).ThenBy(o => o.Id)
            .Skip(pageIndex * pageSize).Take(Math.Min(pageSize, MaxPageSize));
        var rows = await Project(db, page).ToListAsync(cancellationToken);
        return new PublicOfferPage(rows, total);
    }

    /// <summary>One offer if the caller may see it, else null (an invisible offer is indistinguishable from none).</summary>
    public async Task<PublicOffer?> FindAsync(OfferAccess access, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Project(db, Visible(db.ServiceOffers.AsNoTracking(), access).Where(o => o.Id == id)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Verified organisations with the number of their current public offers, optionally of one district.</summary>
    public async Task<IReadOnlyList<DirectoryOrganisation>> OrganisationsAsync(Guid? districtId, CancellationToken cancellationToken = default)
    {
        var today = ChinaCalendar.Today(clock);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisations = db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.Verified);
        if (districtId is { } district)
        {
            organisations = organisations.Where(o => o.HomeDistrictId == district || db.ServiceOffers.Any(s => s.OrganisationId == o.Id && s.DistrictId == district));
        }

        return await organisations
            .OrderBy(o => o.Name)
            .Select(o => new DirectoryOrganisation(o.Id, o.Name, o.Type, o.HomeDistrict.Name,
                db.ServiceOffers.Count(s => s.OrganisationId == o.Id && s.Status == OfferStatus.Active && s.EndDate >= today)))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<ServiceOffer> Visible(IQueryable<ServiceOffer> offers, OfferAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (access.IsBureau)
        {
            return offers;
        }

        var today = ChinaCalendar.Today(clock);
        var own = access.OrganisationId;
        return offers.Where(o =>
            (o.Organisation.Status == OrganisationStatus.Verified && o.Status == OfferStatus.Active && o.EndDate >= today)
            || (own != null && o.OrganisationId == own));
    }

    private IQueryable<PublicOffer> Project(MarketplaceDbContext db, IQueryable<ServiceOffer> offers)
    {
        var today = ChinaCalendar.Today(clock);
        return from o in offers
               join i in db.ServiceItems on o.ServiceItemCode equals i.Code
               select new PublicOffer(
                   o.Id, o.Title, o.Description, o.OrganisationId, o.Organisation.Name, o.Organisation.Type, o.ServiceItemCode, i.Name,
                   i.Category.Code, i.Category.Name, o.DistrictId, o.District.Name, o.Latitude, o.Longitude, o.Address, o.RadiusKm,
                   o.Capacity, o.CapacityUnit, o.Days, o.OpensAt, o.ClosesAt, o.StartDate, o.EndDate, o.EligibleCategoryMask,
                   o.EligibleGroups, o.Cost, o.EndDate < today ? OfferStatus.Expired : o.Status, o.Version);
    }
}
