using Charity.Marketplace.Visits;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Referrals;

/// <summary>The provider's inbox, the station's board and a referral's visits, each scoped to what the party may see.</summary>
public sealed class ReferralQueries(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    /// <summary>The provider's referrals: those waiting for an answer first, by deadline, then the rest, newest first.</summary>
    public async Task<RowPage<ProviderReferral>> InboxAsync(ReferralParty party, ReferralStatus? status, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var referrals = party.Visible(db.Referrals.AsNoTracking());
        if (status is { } wanted)
        {
            referrals = referrals.Where(r => r.Status == wanted);
        }

        var rows = from r in referrals
                   join p in db.PublishedNeeds on r.PublishedNeedId equals p.Id
                   join t in db.Regions on p.TownshipId equals t.Id
                   join o in db.ServiceOffers on r.OfferId equals o.Id
                   orderby r.Status == ReferralStatus.Proposed descending, r.RespondBy, r.ProposedAt descending
                   select new { r, p, Township = t.Name, OfferTitle = o.Title };
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.Skip(pageIndex * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new(
            [.. page.Select(x => new ProviderReferral(
                x.r.Id, x.r.Status, x.r.ServiceItemCode, x.r.Urgency, x.p.HardshipBandFrom, x.p.AgeBandFrom, x.p.HouseholdSize, x.Township,
                AboutKm(x.r.DistanceKm), x.p.Description, new(x.p.WindowStart, x.p.WindowEnd), x.p.Frequency, x.r.OfferId, x.OfferTitle,
                x.r.ProposedAt, x.r.RespondBy, x.r.ScheduledFor, x.r.Version))],
            total);
    }

    /// <summary>The station's referrals, newest first; the page groups them by state.</summary>
    public async Task<RowPage<StationReferral>> BoardAsync(ReferralParty party, ReferralStatus? status, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var referrals = party.Visible(db.Referrals.AsNoTracking());
        if (status is { } wanted)
        {
            referrals = referrals.Where(r => r.Status == wanted);
        }

        var rows = from r in referrals
                   join n in db.Needs on r.NeedId equals n.Id
                   join f in db.CaseFiles on n.CaseFileId equals f.Id
                   join o in db.ServiceOffers on r.OfferId equals o.Id
                   orderby r.StatusChangedAt descending
                   select new StationReferral(
                       r.Id, r.Status, f.Id, f.FileNumber, r.ServiceItemCode, r.Urgency, o.Organisation.Name, o.Title, AboutKm(r.DistanceKm),
                       r.ProposedAt, r.RespondBy, r.ScheduledFor, r.Satisfaction, r.Reason,
                       db.Visits.Count(v => v.ReferralId == r.Id && v.Status == VisitStatus.Logged), r.Version);
        var total = await rows.CountAsync(cancellationToken);
        return new(await rows.Skip(pageIndex * pageSize).Take(pageSize).ToListAsync(cancellationToken), total);
    }

    /// <summary>How many referrals of each state the party has, for the board's chart and tabs.</summary>
    public async Task<IReadOnlyDictionary<ReferralStatus, int>> CountsAsync(ReferralParty party, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await party.Visible(db.Referrals.AsNoTracking()).GroupBy(r => r.Status).ToDictionaryAsync(g => g.Key, g => g.Count(), cancellationToken);
    }

    /// <summary>The visits of a referral the party may see, newest first.</summary>
    public async Task<IReadOnlyList<VisitRow>> VisitsAsync(ReferralParty party, Guid referralId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visits = await (from v in db.Visits.AsNoTracking()
                            join r in party.Visible(db.Referrals) on v.ReferralId equals r.Id
                            where r.Id == referralId
                            orderby v.VisitDate descending, v.LoggedAt descending
                            select v).ToListAsync(cancellationToken);
        var volunteerIds = visits.SelectMany(v => v.VolunteerIds).Distinct().ToList();
        var names = await db.Volunteers.Where(v => volunteerIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.DisplayName, cancellationToken);
        return [.. visits.Select(v => new VisitRow(
            v.Id, v.VisitDate, v.Minutes, v.CheckIn, v.CheckOut, [.. v.VolunteerIds.Select(id => names.GetValueOrDefault(id, "?"))], v.Notes, v.Status, v.Query, v.Version))];
    }

    /// <summary>Distances reach providers only rounded to whole kilometres, never below 1 ("about N km").</summary>
    public static int AboutKm(double distanceKm) => Math.Max(1, (int)Math.Round(distanceKm, MidpointRounding.AwayFromZero));
}
