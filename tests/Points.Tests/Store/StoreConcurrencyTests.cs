using Charity.Points.Accounts;
using Charity.Points.Store;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests.Store;

/// <summary>Many buyers and clerks at once on each real database: no item sold twice, no points returned twice.</summary>
public abstract class StoreConcurrencyTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private const int Writers = 16;
    private LedgerHarness _ledger = null!;

    public async Task InitializeAsync() => _ledger = await LedgerHarness.OpenAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PlaceAsync_16BuyersRacingForTheLastItem_SellsItOnce()
    {
        var item = await _ledger.StockAsync(price: 10, stock: 1);
        var buyers = new List<Guid>();
        for (var i = 0; i < Writers; i++)
        {
            buyers.Add(await _ledger.OpenFundedAsync(AccountKind.Person, 10));
        }

        var results = await Task.WhenAll(buyers.Select(buyer => Task.Run(() => _ledger.OrderAsync(item.Id, buyer))));

        var sold = Assert.Single(results, r => r.Outcome == StoreOrderOutcome.Placed);
        Assert.All(results.Where(r => r != sold), r => Assert.Equal(StoreOrderOutcome.OutOfStock, r.Outcome));
        Assert.Equal(0, await _ledger.StockOfAsync(item.Id));
        var store = (await _ledger.Accounts.FindAsync(item.Sponsor, AccountKind.Store, LedgerUnits.Shell))!;
        Assert.Single(await _ledger.Accounts.GetStatementAsync(store.Id, 0, 10));
        Assert.Equal(10, store.Balance);
        Assert.Equal(Writers - 1, (await Task.WhenAll(buyers.Select(_ledger.BalanceAsync))).Count(balance => balance == 10));
    }

    [Fact]
    public async Task CancelAsync_16ConcurrentCancellations_ReturnThePointsAndStockOnce()
    {
        var item = await _ledger.StockAsync(price: 10, stock: 3);
        var buyer = await _ledger.OpenFundedAsync(AccountKind.Person, 50);
        var order = (await _ledger.OrderAsync(item.Id, buyer, quantity: 2)).Order!;

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() => _ledger.Orders.CancelAsync(order.Id, "duplicate"))));

        Assert.Single(results, r => r.Outcome == StoreOrderOutcome.Cancelled);
        Assert.All(results.Where(r => r.Outcome != StoreOrderOutcome.Cancelled), r => Assert.Equal(StoreOrderOutcome.NotPlaced, r.Outcome));
        Assert.Equal((3, 50L), (await _ledger.StockOfAsync(item.Id), await _ledger.BalanceAsync(buyer)));
    }

    [Fact]
    public async Task PlaceAsync_16ConcurrentRetriesOfOneKey_PlaceOneOrder()
    {
        var item = await _ledger.StockAsync(price: 10, stock: 5);
        var buyer = await _ledger.OpenFundedAsync(AccountKind.Person, 100);
        var key = LedgerHarness.NewKey();

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() => _ledger.OrderAsync(item.Id, buyer, key: key))));

        Assert.Single(results, r => r.Outcome == StoreOrderOutcome.Placed);
        Assert.Single(results.Select(r => r.Order!.Id).Distinct());
        Assert.Equal((4, 90L), (await _ledger.StockOfAsync(item.Id), await _ledger.BalanceAsync(buyer)));
    }
}

public sealed class SqliteStoreConcurrencyTests(SqliteTestDatabase database)
    : StoreConcurrencyTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresStoreConcurrencyTests(PostgresTestDatabase database)
    : StoreConcurrencyTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
