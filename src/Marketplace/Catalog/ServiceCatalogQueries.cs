using Charity.Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Catalog;

/// <summary>Reads the service catalog, categories in order with their active items.</summary>
public sealed class ServiceCatalogQueries(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ServiceCategory>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.ServiceCategories.AsNoTracking()
            .Include(c => c.Items.Where(i => i.IsActive).OrderBy(i => i.SortOrder))
            .OrderBy(c => c.SortOrder)
            .ToListAsync(cancellationToken);
        return categories;
    }

    /// <summary>Every item's name by code, retired items included, for records made while they were offered.</summary>
    public async Task<IReadOnlyDictionary<string, LocalizedText>> ItemNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceItems.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, StringComparer.Ordinal, cancellationToken);
    }
}
