using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Regions;

/// <summary>Looks up regions by level for pickers and filters.</summary>
public sealed class RegionDirectory(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public async Task<IReadOnlyList<Region>> ListAsync(RegionLevel level, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Regions.AsNoTracking().Where(r => r.Level == level).OrderBy(r => r.Code).ToListAsync(cancellationToken);
    }

    /// <summary>The communities (村/居) a station serves.</summary>
    public async Task<IReadOnlyList<Region>> CommunitiesOfStationAsync(Guid stationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var township = db.Stations.Where(s => s.Id == stationId).Select(s => s.TownshipId);
        return await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Community && township.Contains(r.ParentId!.Value))
            .OrderBy(r => r.Code)
            .ToListAsync(cancellationToken);
    }
}
