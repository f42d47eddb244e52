using Charity.Marketplace.Cases;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Overview;

/// <summary>Read-only summaries for each role's home page. Each returns null when the person has nothing to summarise.</summary>
public sealed class HomeOverviewQueries(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public async Task<StationOverview?> ForStationAsync(Guid stationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var station = await db.Stations.AsNoTracking()
            .Where(s => s.Id == stationId)
            .Select(s => new { s.Name, Township = s.Township.Name, District = s.Township.Parent!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (station is null)
        {
            return null;
        }

        var counts = await db.CaseFiles.AsNoTracking()
            .Where(c => c.StationId == stationId)
            .GroupBy(c => new { c.Status, c.Category })
            .Select(g => new { g.Key.Status, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int CountOf(CaseFileStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        var byCategory = counts.Where(c => c.Status == CaseFileStatus.Active)
            .OrderBy(c => c.Category)
            .Select(c => new CategoryCount(c.Category, c.Count))
            .ToList();
        return new StationOverview(station.Name, station.Township, station.District,
            CountOf(CaseFileStatus.Active), CountOf(CaseFileStatus.Suspended), CountOf(CaseFileStatus.Closed), byCategory);
    }

    public async Task<OrganisationOverview?> ForOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new OrganisationOverview(
                o.Name, o.Type, o.Status, o.HomeDistrict.Name, o.VerifiedAt, o.RejectionReason,
                db.TeamMemberships.Count(m => m.OrganisationId == o.Id && m.Status == Volunteers.MembershipStatus.Active)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<VolunteerOverview?> ForVolunteerAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var volunteer = await db.Volunteers.AsNoTracking()
            .Where(v => v.UserId == userId)
            .Select(v => new
            {
                v.DisplayName,
                District = v.District.Name,
                Teams = db.TeamMemberships.Where(m => m.VolunteerId == v.Id && m.Status != Volunteers.MembershipStatus.Declined)
                    .OrderBy(m => m.Status).ThenBy(m => m.Organisation.Name)
                    .Select(m => new VolunteerTeamStatus(m.Organisation.Name, m.Status)).ToList(),
                v.SkillCodes,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (volunteer is null)
        {
            return null;
        }

        var skills = await db.ServiceItems.AsNoTracking()
            .Where(i => volunteer.SkillCodes.Contains(i.Code))
            .OrderBy(i => i.Code)
            .Select(i => i.Name)
            .ToListAsync(cancellationToken);
        return new VolunteerOverview(volunteer.DisplayName, volunteer.District, volunteer.Teams, skills);
    }

    public async Task<BureauOverview> ForBureauAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisationsByStatus = await db.Organisations.AsNoTracking()
            .GroupBy(o => o.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var activeByDistrict = await db.CaseFiles.AsNoTracking()
            .Where(c => c.Status == CaseFileStatus.Active)
            .GroupBy(c => c.Station.Township.ParentId)
            .Select(g => new { DistrictId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var districts = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.District)
            .OrderBy(r => r.Code)
            .ToListAsync(cancellationToken);
        return new BureauOverview(
            await db.Stations.CountAsync(cancellationToken),
            organisationsByStatus.GetValueOrDefault(OrganisationStatus.Verified),
            organisationsByStatus.GetValueOrDefault(OrganisationStatus.PendingVerification),
            await db.Volunteers.CountAsync(cancellationToken),
            activeByDistrict.Sum(d => d.Count),
            districts.Select(d => new DistrictCount(d.Name, activeByDistrict.SingleOrDefault(a => a.DistrictId == d.Id)?.Count ?? 0)).ToList());
    }
}
