using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Rewards.Supermarket;

/// <summary>Names of the organisations and stations the supermarket's references point at, read in one query each.</summary>
internal static class SupermarketNames
{
    public static async Task<(IReadOnlyDictionary<Guid, string> Organisations, IReadOnlyDictionary<Guid, LocalizedText> Stations)> ReadAsync(
        IDbContextFactory<MarketplaceDbContext> contexts, IEnumerable<Guid> organisationIds, IEnumerable<Guid> stationIds, CancellationToken cancellationToken)
    {
        var organisations = organisationIds.Distinct().ToList();
        var stations = stationIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisationNames = await db.Organisations.Where(o => organisations.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var stationNames = await db.Stations.Where(s => stations.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return (organisationNames, stationNames);
    }
}
