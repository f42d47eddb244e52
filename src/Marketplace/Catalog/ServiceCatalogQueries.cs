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

    /// <summary>The code of the item's category, or empty for an unknown item.</summary>
    public async Task<string> CategoryCodeOfAsync(string itemCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceItems.Where(i => i.Code == itemCode).Select(i => i.Category.Code).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
    }
}
