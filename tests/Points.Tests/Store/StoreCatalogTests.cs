using Charity.Points.Accounts;
using Charity.Points.Store;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests.Store;

/// <summary>Stocking and editing items on each real database: stale edits are refused, restocking adds up.</summary>
public abstract class StoreCatalogTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private LedgerHarness _ledger = null!;

    public async Task InitializeAsync() => _ledger = await LedgerHarness.OpenAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EditAsync_BasedOnTheCurrentVersion_SavesAndAStaleEditConflicts()
    {
        var item = await _ledger.StockAsync(price: 10, stock: 1);
        var cheaper = item.Details with { Price = 8 };

        var first = await _ledger.Catalog.EditAsync(item.Id, item.Version, cheaper);
        var stale = await _ledger.Catalog.EditAsync(item.Id, item.Version, item.Details with { Name = "Flour" });

        Assert.Equal((StoreItemOutcome.Saved, 8L), (first.Outcome, first.Item!.Details.Price));
        Assert.Equal((StoreItemOutcome.Conflict, first.Item.Version), (stale.Outcome, stale.Item!.Version));
        Assert.Equal("Rice, 5 kg", (await _ledger.Catalog.GetAsync(item.Id))!.Details.Name);
    }

    [Fact]
    public async Task GetManyAsync_KnownAndUnknownIds_ReturnsTheKnownByIdOnce()
    {
        var rice = await _ledger.StockAsync(price: 10, stock: 1);
        var oil = await _ledger.StockAsync(price: 5, stock: 1);

        var found = await _ledger.Catalog.GetManyAsync([rice.Id, oil.Id, rice.Id, Guid.NewGuid()]);

        Assert.Equal(new[] { oil.Id, rice.Id }.Order(), found.Keys.Order());
        Assert.Equal((10L, 5L), (found[rice.Id].Details.Price, found[oil.Id].Details.Price));
    }

    [Fact]
    public async Task StockAsync_ZeroPrice_IsInvalid() =>
        Assert.Equal(StoreItemOutcome.Invalid, (await _ledger.Catalog.StockAsync("organisation:x", new StoreItemDetails("Oil", "", StoreItemKind.Goods, 0, "station:x"), 1)).Outcome);

    [Fact]
    public async Task RestockAsync_AfterAnOrder_AddsToWhatIsLeft()
    {
        var item = await _ledger.StockAsync(price: 1, stock: 2);
        await _ledger.OrderAsync(item.Id, await _ledger.OpenFundedAsync(AccountKind.Person, 10));

        var result = await _ledger.Catalog.RestockAsync(item.Id, 5);

        Assert.Equal((StoreItemOutcome.Saved, 6), (result.Outcome, result.Item!.Stock));
    }

    [Fact]
    public async Task ListAsync_Active_LeavesOutWithdrawnItems()
    {
        var withdrawn = await _ledger.StockAsync(price: 1, stock: 1);
        var offered = await _ledger.StockAsync(price: 1, stock: 1);
        await _ledger.Catalog.DeactivateAsync(withdrawn.Id, withdrawn.Version);

        var active = await _ledger.Catalog.ListAsync(new StoreItemQuery(StoreItemListing.Active), 0, 1_000);
        var all = await _ledger.Catalog.ListAsync(new StoreItemQuery(StoreItemListing.All), 0, 1_000);

        Assert.Contains(active, i => i.Id == offered.Id);
        Assert.DoesNotContain(active, i => i.Id == withdrawn.Id);
        Assert.Contains(all, i => i.Id == withdrawn.Id);
    }

    [Fact]
    public async Task ListAsync_OfOneSponsor_PagesThroughTheirItemsOnly()
    {
        var sponsor = $"organisation:{Guid.NewGuid():N}";
        var details = new StoreItemDetails("Oil, 1 l", "", StoreItemKind.Goods, 5, $"station:{Guid.NewGuid():N}");
        var theirs = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            theirs.Add((await _ledger.Catalog.StockAsync(sponsor, details, 1)).Item!.Id);
        }

        // Newer items of other sponsors come first in the full list.
        await _ledger.StockAsync(price: 1, stock: 1);
        await _ledger.StockAsync(price: 1, stock: 1);

        var page = await _ledger.Catalog.ListAsync(new StoreItemQuery(StoreItemListing.All, sponsor), 0, 2);

        Assert.Equal(theirs.Order(), page.Select(i => i.Id).Order());
        Assert.Equal(2, await _ledger.Catalog.CountAsync(new StoreItemQuery(StoreItemListing.All, sponsor)));
    }

    [Fact]
    public async Task ListAsync_OrderableByName_LeavesOutSoldOutAndWithdrawnAndPutsTheGivenPickUpFirst()
    {
        var word = $"flour-{Guid.NewGuid():N}";
        var near = $"station:{Guid.NewGuid():N}";
        var here = await StockNamedAsync($"Flour {word}", near);
        var newerElsewhere = await StockNamedAsync($"{word}, 10 kg", $"station:{Guid.NewGuid():N}");
        var soldOut = await StockNamedAsync($"Flour {word}", near);
        await _ledger.OrderAsync(soldOut.Id, await _ledger.OpenFundedAsync(AccountKind.Person, 10));
        var withdrawn = await StockNamedAsync($"Flour {word}", near);
        await _ledger.Catalog.DeactivateAsync(withdrawn.Id, withdrawn.Version);
        await StockNamedAsync("Flour", near);

        var query = new StoreItemQuery(StoreItemListing.Orderable, NameContains: $" {word} ", PickUpFirst: near);
        var found = await _ledger.Catalog.ListAsync(query, 0, 10);
        var newestFirst = await _ledger.Catalog.ListAsync(query with { PickUpFirst = null }, 0, 10);

        Assert.Equal([here.Id, newerElsewhere.Id], found.Select(i => i.Id));
        Assert.Equal([newerElsewhere.Id, here.Id], newestFirst.Select(i => i.Id));
        Assert.Equal(2, await _ledger.Catalog.CountAsync(query));
    }

    private async Task<StoreItemView> StockNamedAsync(string name, string pickUpLocation)
    {
        var details = new StoreItemDetails(name, "", StoreItemKind.Goods, 5, pickUpLocation);
        return (await _ledger.Catalog.StockAsync($"organisation:{Guid.NewGuid():N}", details, 1)).Item!;
    }
}

public sealed class SqliteStoreCatalogTests(SqliteTestDatabase database)
    : StoreCatalogTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresStoreCatalogTests(PostgresTestDatabase database)
    : StoreCatalogTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
