using Charity.Marketplace.Needs;
using Charity.Marketplace.Offers;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Referrals;
using Charity.Matching.Geo;
using Charity.Matching.Model;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Candidates;

/// <summary>
/// Today's offers and open needs translated for the matching engine: available offers of verified organisations with
/// the capacity their open referrals leave and their providers' record, and open needs at their published, approximate
/// location. Only the station side reads the household's category, and it never leaves the server.
/// </summary>
internal sealed class MatchingSnapshot
{
    private MatchingSnapshot(IReadOnlyList<OfferCandidate> offers, IReadOnlyDictionary<Guid, OfferLabel> offerLabels, IReadOnlyList<NeedCandidate> needs, IReadOnlyDictionary<Guid, NeedLabel> needLabels)
    {
        Offers = offers;
        OfferLabels = offerLabels;
        Needs = needs;
        NeedLabels = needLabels;
    }

    public IReadOnlyList<OfferCandidate> Offers { get; }

    public IReadOnlyDictionary<Guid, OfferLabel> OfferLabels { get; }

    public IReadOnlyList<NeedCandidate> Needs { get; }

    public IReadOnlyDictionary<Guid, NeedLabel> NeedLabels { get; }

    public static async Task<MatchingSnapshot> LoadAsync(MarketplaceDbContext db, DateOnly today, Guid? onlyNeed, CancellationToken cancellationToken)
    {
        var categories = await db.ServiceItems.AsNoTracking().Select(i => new { i.Code, Category = i.Category.Code }).ToDictionaryAsync(i => i.Code, i => i.Category, cancellationToken);
        var reliability = await ReliabilityAsync(db, cancellationToken);
        var openReferrals = await db.Referrals.Where(r => r.Status == ReferralStatus.Proposed || ReferralStateMachine.Underway.Contains(r.Status))
            .GroupBy(r => r.OfferId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var offerRows = await db.ServiceOffers.AsNoTracking()
            .Where(o => o.Organisation.Status == OrganisationStatus.Verified && o.Status == OfferStatus.Active && o.EndDate >= today)
            .Select(o => new { o.Id, o.ServiceItemCode, o.Latitude, o.Longitude, o.RadiusKm, o.Capacity, o.Days, o.OpensAt, o.ClosesAt, o.EligibleCategoryMask, o.OrganisationId, o.Title, OrganisationName = o.Organisation.Name, o.StartDate, o.EndDate })
            .ToListAsync(cancellationToken);
        var offers = offerRows.Select(o => new OfferCandidate(
            o.Id,
            new ServiceItem(o.ServiceItemCode, categories[o.ServiceItemCode]),
            new GeoPoint(o.Latitude, o.Longitude),
            o.RadiusKm,
            Math.Max(0, o.Capacity - openReferrals.GetValueOrDefault(o.Id)),
            WeeklyHoursOf(o.Days, o.OpensAt, o.ClosesAt),
            (BeneficiaryCategories)(o.EligibleCategoryMask >> 1),
            reliability.GetValueOrDefault(o.OrganisationId))).ToList();

        var needQuery = from n in db.Needs.AsNoTracking()
                        join p in db.PublishedNeeds on n.PublishedNeedId equals p.Id
                        join f in db.CaseFiles on n.CaseFileId equals f.Id
                        where n.Status == NeedStatus.Open && n.WindowEnd >= today
                        select new { n.Id, n.ServiceItemCode, p.ApproximateLatitude, p.ApproximateLongitude, n.HardshipIndex, n.Urgency, f.Category, f.StationId, f.FileNumber, n.WindowStart, n.WindowEnd };
        if (onlyNeed is { } needId)
        {
            needQuery = needQuery.Where(n => n.Id == needId);
        }

        var needRows = await needQuery.ToListAsync(cancellationToken);
        var needs = needRows.Select(n => new NeedCandidate(
            n.Id,
            new ServiceItem(n.ServiceItemCode, categories[n.ServiceItemCode]),
            new GeoPoint(n.ApproximateLatitude, n.ApproximateLongitude),
            (double)n.HardshipIndex,
            MatchingUrgencies.Of(n.Urgency),
            WeeklyHours.Always,
            (BeneficiaryCategories)(1 << ((int)n.Category - 1)))).ToList();
        return new MatchingSnapshot(
            offers,
            offerRows.ToDictionary(o => o.Id, o => new OfferLabel(o.Id, o.Title, o.OrganisationId, o.OrganisationName, o.ServiceItemCode, o.StartDate, o.EndDate)),
            needs,
            needRows.ToDictionary(n => n.Id, n => new NeedLabel(n.Id, n.FileNumber, n.StationId, n.ServiceItemCode, n.Urgency, n.WindowStart, n.WindowEnd)));
    }

    /// <summary>An offer serves the hours it opens on the days it runs; a partial hour counts.</summary>
    private static WeeklyHours WeeklyHoursOf(ServiceDays days, TimeOnly opensAt, TimeOnly closesAt)
    {
        var week = Enum.GetValues<DayOfWeek>().Where(day => days.HasFlag(ServiceDaysOf(day)));
        var closingHour = closesAt.Minute > 0 ? closesAt.Hour + 1 : closesAt.Hour;
        return WeeklyHours.OnDays(week, opensAt.Hour, Math.Max(closingHour, opensAt.Hour + 1));
    }

    private static ServiceDays ServiceDaysOf(DayOfWeek day) => day == DayOfWeek.Sunday ? ServiceDays.Sunday : (ServiceDays)(1 << ((int)day - 1));

    /// <summary>Each organisation's share of answered referrals it accepted, and the mean satisfaction of its completed ones.</summary>
    private static async Task<Dictionary<Guid, ProviderReliability>> ReliabilityAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var records = await db.Referrals.AsNoTracking()
            .GroupBy(r => r.OrganisationId)
            .Select(g => new
            {
                g.Key,
                Accepted = g.Count(r => r.AcceptedAt != null),
                Answered = g.Count(r => r.AcceptedAt != null || r.Status == ReferralStatus.Declined || r.Status == ReferralStatus.Expired),
                Satisfaction = g.Where(r => r.Satisfaction != null).Average(r => (double?)r.Satisfaction),
            })
            .ToListAsync(cancellationToken);
        return records.ToDictionary(r => r.Key, r => new ProviderReliability(r.Answered == 0 ? null : (double)r.Accepted / r.Answered, r.Satisfaction));
    }
}

/// <summary>What pages show of an offer in the engine's results.</summary>
internal sealed record OfferLabel(Guid Id, Localization.LocalizedText Title, Guid OrganisationId, string OrganisationName, string ServiceItemCode, DateOnly StartDate, DateOnly EndDate);

/// <summary>What the station's pages show of a need in the engine's results.</summary>
internal sealed record NeedLabel(Guid Id, string FileNumber, Guid StationId, string ServiceItemCode, Assessment.Urgency Urgency, DateOnly WindowStart, DateOnly WindowEnd);
