using Charity.Marketplace.Regions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Volunteers;

/// <summary>A volunteer's own profile: phone, skills from the catalog, districts served and weekly availability.</summary>
public sealed class VolunteerProfiles(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public sealed record Profile(string DisplayName, Guid DistrictId, string? Phone, IReadOnlyList<string> SkillCodes, IReadOnlyList<Guid> ServiceDistrictIds, WeeklyAvailability Availability, Guid Version);

    public sealed record Update(string? Phone, IReadOnlyList<string> SkillCodes, IReadOnlyList<Guid> ServiceDistrictIds, WeeklyAvailability Availability);

    public async Task<Profile?> FindAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Volunteers.AsNoTracking()
            .Where(v => v.UserId == userId)
            .Select(v => new Profile(v.DisplayName, v.DistrictId, v.Phone, v.SkillCodes, v.ServiceDistricts.Select(d => d.Id).ToList(), new WeeklyAvailability(v.Availability), v.Version))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The id of the volunteer record a signed-in person owns, which their points and visits refer to; null without one.</summary>
    public async Task<Guid?> VolunteerIdOfAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Volunteers.AsNoTracking().Where(v => v.UserId == userId).Select(v => (Guid?)v.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Saves the profile; an unknown skill or district, or a malformed phone, is refused; a stale version is a conflict.</summary>
    public async Task<VolunteerProfileResult> SaveAsync(Guid userId, Update update, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var volunteer = await db.Volunteers.Include(v => v.ServiceDistricts).SingleOrDefaultAsync(v => v.UserId == userId, cancellationToken);
        if (volunteer is null)
        {
            return VolunteerProfileResult.NotFound;
        }

        if (volunteer.Version != expectedVersion)
        {
            return VolunteerProfileResult.Conflict;
        }

        if (!string.IsNullOrWhiteSpace(update.Phone) && !PhoneNumbers.IsMobile(update.Phone.Trim()))
        {
            return VolunteerProfileResult.PhoneInvalid;
        }

        var skills = update.SkillCodes.Distinct().ToList();
        if (await db.ServiceItems.CountAsync(i => skills.Contains(i.Code) && i.IsActive, cancellationToken) != skills.Count)
        {
            return VolunteerProfileResult.UnknownSkill;
        }

        var ids = update.ServiceDistrictIds.Distinct().ToList();
        var districts = await db.Regions.Where(r => ids.Contains(r.Id) && r.Level == RegionLevel.District).ToListAsync(cancellationToken);
        if (districts.Count != ids.Count)
        {
            return VolunteerProfileResult.UnknownDistrict;
        }

        volunteer.UpdateProfile(update.Phone, skills, districts, update.Availability);
        volunteer.Version = Guid.NewGuid(); // a change of districts alone must also renew the version
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return VolunteerProfileResult.Conflict;
        }

        return VolunteerProfileResult.Done;
    }
}

public enum VolunteerProfileResult
{
    Done = 1,
    NotFound = 2,
    Conflict = 3,
    PhoneInvalid = 4,
    UnknownSkill = 5,
    UnknownDistrict = 6,
}
