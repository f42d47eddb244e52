using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Store;

/// <summary>The items of the points supermarket: sponsors stock, edit, restock and withdraw them; buyers list them.</summary>
public sealed class StoreCatalog(IDbContextFactory<PointsDbContext> contexts, TimeProvider clock)
{
    /// <summary>Offers a new item of <paramref name="sponsor"/> (an opaque owner, such as <c>organisation:{guid}</c>).</summary>
    public async Task<StoreItemResult> StockAsync(string sponsor, StoreItemDetails details, int stock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!StoreRules.IsReference(sponsor) || !StoreRules.IsWellFormed(details) || stock < 0)
        {
            return new StoreItemResult(StoreItemOutcome.Invalid);
        }

        var item = new StoreItem
        {
            Id = Guid.CreateVersion7(),
            Sponsor = sponsor,
            Name = details.Name,
            Description = details.Description,
            Kind = details.Kind,
            Price = details.Price,
            Stock = stock,
            PickUpLocation = details.PickUpLocation,
            Active = true,
            Version = Guid.NewGuid(),
            CreatedAt = clock.GetUtcNow().TruncatedToMicroseconds(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StoreItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return new StoreItemResult(StoreItemOutcome.Saved, item.ToView());
    }

    /// <summary>Changes an item's details, unless it was changed since <paramref name="version"/>.</summary>
    public Task<StoreItemResult> EditAsync(Guid itemId, Guid version, StoreItemDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return StoreRules.IsWellFormed(details)
            ? ChangeAsync(itemId, version, item =>
            {
                item.Name = details.Name;
                item.Description = details.Description;
                item.Kind = details.Kind;
                item.Price = details.Price;
                item.PickUpLocation = details.PickUpLocation;
            }, cancellationToken)
            : Task.FromResult(new StoreItemResult(StoreItemOutcome.Invalid));
    }

    /// <summary>Withdraws an item, unless it was changed since <paramref name="version"/>; placed orders stay valid.</summary>
    public Task<StoreItemResult> DeactivateAsync(Guid itemId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(itemId, version, item => item.Active = false, cancellationToken);

    /// <summary>
    /// Adds <paramref name="quantity"/> units to the stock. An increment in the database, not a new total, so it
    /// needs no version: it cannot undo an order placed since the item was read.
    /// </summary>
    public async Task<StoreItemResult> RestockAsync(Guid itemId, int quantity, CancellationToken cancellationToken = default)
    {
        if (quantity <= 0)
        {
            return new StoreItemResult(StoreItemOutcome.Invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var added = await db.StoreItems.Where(i => i.Id == itemId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Stock, i => i.Stock + quantity), cancellationToken);
        return added == 0
            ? new StoreItemResult(StoreItemOutcome.NotFound)
            : new StoreItemResult(StoreItemOutcome.Saved, await GetAsync(itemId, cancellationToken));
    }

    /// <summary>The item with this id, or null.</summary>
    public async Task<StoreItemView?> GetAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.StoreItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        return item?.ToView();
    }

    /// <summary>The items with these ids, by id; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, StoreItemView>> GetManyAsync(IEnumerable<Guid> itemIds, CancellationToken cancellationToken = default)
    {
        var ids = itemIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.StoreItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        return items.ToDictionary(i => i.Id, i => i.ToView());
    }

    /// <summary>The items a query asks for, one page at a time.</summary>
    public async Task<IReadOnlyList<StoreItemView>> ListAsync(StoreItemQuery query, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listed = Listed(db, query);
        var ordered = query.PickUpFirst is { } pickUp
            ? listed.OrderBy(i => i.PickUpLocation == pickUp ? 0 : 1).ThenByDescending(i => i.CreatedAt)
            : listed.OrderByDescending(i => i.CreatedAt);
        var page = await ordered.ThenByDescending(i => i.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return [.. page.Select(i => i.ToView())];
    }

    /// <summary>How many items <see cref="ListAsync"/> pages through.</summary>
    public async Task<int> CountAsync(StoreItemQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Listed(db, query).CountAsync(cancellationToken);
    }

    private static IQueryable<StoreItem> Listed(PointsDbContext db, StoreItemQuery query)
    {
        var items = db.StoreItems.AsNoTracking();
        items = query.Listing switch
        {
            StoreItemListing.All => items,
            StoreItemListing.Active => items.Where(i => i.Active),
            StoreItemListing.Orderable => items.Where(i => i.Active && i.Stock > 0),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Listing, null),
        };
        if (query.Sponsor is { } sponsor)
        {
            items = items.Where(i => i.Sponsor == sponsor);
        }

        if (!string.IsNullOrWhiteSpace(query.NameContains))
        {
            var text = query.NameContains.Trim();
            items = items.Where(i => i.Name.Contains(text));
        }

        return items;
    }

    private async Task<StoreItemResult> ChangeAsync(Guid itemId, Guid version, Action<StoreItem> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.StoreItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return new StoreItemResult(StoreItemOutcome.NotFound);
        }

        if (item.Version != version)
        {
            return new StoreItemResult(StoreItemOutcome.Conflict, item.ToView());
        }

        change(item);
        item.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new StoreItemResult(StoreItemOutcome.Saved, item.ToView());
        }
        catch (DbUpdateConcurrencyException)
        {
            return new StoreItemResult(StoreItemOutcome.Conflict, await GetAsync(itemId, cancellationToken));
        }
    }
}
