using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Regions;

/// <summary>The public list of referral stations with where they are and how to reach their office.</summary>
public sealed class StationDirectory(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public sealed record Row(Guid Id, LocalizedText Name, LocalizedText Township, LocalizedText District, string OfficeAddress, string OfficePhone, double Latitude, double Longitude, int Communities);

    public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Stations.AsNoTracking()
            .OrderBy(s => s.Township.Code)
            .Select(s => new Row(
                s.Id, s.Name, s.Township.Name, s.Township.Parent!.Name, s.OfficeAddress, s.OfficePhone,
                s.Township.Latitude, s.Township.Longitude,
                db.Regions.Count(r => r.ParentId == s.TownshipId)))
            .ToListAsync(cancellationToken);
    }
}
