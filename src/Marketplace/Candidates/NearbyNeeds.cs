using Charity.Marketplace.Assessment;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Volunteers;
using Charity.Matching.Geo;
using Charity.Matching.Indexing;
using Charity.Matching.Model;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Candidates;

/// <summary>An open need near a volunteer, as anyone outside the station may see it: the published, anonymised need only.</summary>
public sealed record NearbyNeed(Guid PublishedNeedId, string ServiceItemCode, Assessment.Urgency Urgency, int HardshipBandFrom, LocalizedText Township, int AboutKm, string Description, DateOnly WindowStart, DateOnly WindowEnd);

/// <summary>
/// The volunteer's "near me": open needs within reach of their home district that fit their skills and free time,
/// ranked by the matching engine. It reads published needs only, never a case file.
/// </summary>
public sealed class NearbyNeeds(IDbContextFactory<MarketplaceDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>How far a volunteer is taken to travel from their district's centre.</summary>
    public const double ReachKm = 20;

    public const int DefaultCount = 20;

    /// <summary>The volunteer's nearby open work, best first; empty without skills or free time.</summary>
    public async Task<IReadOnlyList<NearbyNeed>> ForVolunteerAsync(Guid volunteerUserId, int count = DefaultCount, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var volunteer = await db.Volunteers.AsNoTracking().Where(v => v.UserId == volunteerUserId)
            .Select(v => new { v.SkillCodes, v.Availability, v.District.Latitude, v.District.Longitude }).SingleOrDefaultAsync(cancellationToken);
        if (volunteer is null || volunteer.SkillCodes.Count == 0)
        {
            return [];
        }

        var categories = await db.ServiceItems.AsNoTracking().Select(i => new { i.Code, Category = i.Category.Code }).ToDictionaryAsync(i => i.Code, i => i.Category, cancellationToken);
        var today = ChinaCalendar.Today(clock);
        var rows = await (from p in db.PublishedNeeds.AsNoTracking()
                          join t in db.Regions on p.TownshipId equals t.Id
                          where p.Status == NeedStatus.Open && p.WindowEnd >= today
                          select new { p, Township = t.Name }).ToListAsync(cancellationToken);
        var needs = rows.Select(r => new NeedCandidate(
            r.p.Id,
            new ServiceItem(r.p.ServiceItemCode, categories[r.p.ServiceItemCode]),
            new GeoPoint(r.p.ApproximateLatitude, r.p.ApproximateLongitude),
            r.p.HardshipBandFrom,
            MatchingUrgencies.Of(r.p.Urgency),
            WeeklyHours.Always,
            // The published need has no beneficiary category and a volunteer serves every one: any single flag stands in.
            BeneficiaryCategories.OtherReferred)).ToList();
        var query = new VolunteerQuery(
            new GeoPoint(volunteer.Latitude, volunteer.Longitude),
            ReachKm,
            [.. volunteer.SkillCodes.Where(categories.ContainsKey).Select(code => new ServiceItem(code, categories[code]))],
            HoursOf(new WeeklyAvailability(volunteer.Availability)));
        var byId = rows.ToDictionary(r => r.p.Id);
        return [.. NeedIndex.Build(needs).TopNeedsFor(query, count).Select(found =>
        {
            var row = byId[found.Id];
            return new NearbyNeed(row.p.Id, row.p.ServiceItemCode, row.p.Urgency, row.p.HardshipBandFrom, row.Township, ReferralQueries.AboutKm(found.DistanceKm), row.p.Description, row.p.WindowStart, row.p.WindowEnd);
        })];
    }

    /// <summary>Mornings 8–12, afternoons 12–18, evenings 18–21.</summary>
    private static WeeklyHours HoursOf(WeeklyAvailability availability) =>
        Enum.GetValues<DayOfWeek>()
            .SelectMany(day => Enum.GetValues<DayPart>().Where(part => availability.Has(day, part)).Select(part => (day, part)))
            .Aggregate(WeeklyHours.None, (week, slot) => week | slot.part switch
            {
                DayPart.Morning => WeeklyHours.OnDay(slot.day, 8, 12),
                DayPart.Afternoon => WeeklyHours.OnDay(slot.day, 12, 18),
                _ => WeeklyHours.OnDay(slot.day, 18, 21),
            });
}
