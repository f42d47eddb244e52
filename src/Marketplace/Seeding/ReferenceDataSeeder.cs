using Charity.Marketplace.Accounts;
using Charity.Marketplace.Catalog;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Regions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Seeding;

/// <summary>
/// Adds the reference data every installation needs (service catalog, regions, one referral station per
/// township) where it is missing. Rows an Admin has edited are left as they are.
/// </summary>
public sealed class ReferenceDataSeeder(IDbContextFactory<MarketplaceDbContext> contextFactory)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await SeedCatalogAsync(db, cancellationToken);
        await SeedRegionsAsync(db, cancellationToken);
        await SeedRolesAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedCatalogAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var categories = await db.ServiceCategories.Include(c => c.Items).ToDictionaryAsync(c => c.Code, cancellationToken);
        var sortOrder = categories.Count;
        foreach (var entry in DefaultServiceCatalog.Categories)
        {
            if (!categories.TryGetValue(entry.Code, out var category))
            {
                category = new ServiceCategory(entry.Code, entry.Name, ++sortOrder);
                db.ServiceCategories.Add(category);
            }

            foreach (var (code, name) in entry.Items.Where(item => category.Items.All(existing => existing.Code != item.Code)))
            {
                category.AddItem(code, name);
            }
        }
    }

    private static async Task SeedRegionsAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);
        var stationTownships = (await db.Stations.Select(s => s.TownshipId).ToListAsync(cancellationToken)).ToHashSet();
        AddMissing(WeihaiRegionTree.City, RegionLevel.City, parent: null);

        void AddMissing(WeihaiRegionTree.Node node, RegionLevel level, Region? parent)
        {
            if (!regions.TryGetValue(node.Code, out var region))
            {
                region = new Region(node.Code, node.Name, level, node.Centre, parent);
                regions.Add(node.Code, region);
                db.Regions.Add(region);
            }

            if (level == RegionLevel.Township && !stationTownships.Contains(region.Id))
            {
                db.Stations.Add(StationFor(region, parent!));
            }

            foreach (var child in node.Children)
            {
                AddMissing(child, level + 1, region);
            }
        }
    }

    private static async Task SeedRolesAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var name in PortalRoles.All.Except(existing))
        {
            // Identity looks roles up by the upper-invariant form of their name.
            db.Roles.Add(new PortalRole(name!) { NormalizedName = name!.ToUpperInvariant() });
        }
    }

    /// <summary>A station with its office at the township's service centre; the office number is fictitious.</summary>
    private static ReferralStation StationFor(Region township, Region district) => new(
        township,
        new LocalizedText($"{township.Name.ZhCn}社会救助服务转介驿站", $"{township.Name.EnUs} Referral Station"),
        $"{district.Name.ZhCn}{township.Name.ZhCn}便民服务中心",
        $"0631-52{township.Code[^5..]}");
}
