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
}
