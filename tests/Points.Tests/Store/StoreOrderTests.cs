using Charity.Points.Accounts;
using Charity.Points.Store;
using Charity.TestSupport.Databases;

namespace Charity.Points.Tests.Store;

/// <summary>Placing, cancelling and collecting orders on each real database: stock, order and points change together or not at all.</summary>
public abstract class StoreOrderTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private LedgerHarness _ledger = null!;
    private Guid _buyer;

    public async Task InitializeAsync()
    {
        _ledger = await LedgerHarness.OpenAsync(database);
        _buyer = await _ledger.OpenFundedAsync(AccountKind.Person, 100);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<long> SponsorBalanceAsync(StoreItemView item) =>
        (await _ledger.Accounts.FindAsync(item.Sponsor, AccountKind.Store, LedgerUnits.Shell))?.Balance ?? 0;

    [Fact]
    public async Task PlaceAsync_InStockAndAffordable_TakesTheStockAndPaysTheSponsorsStoreAccount()
    {
        var item = await _ledger.StockAsync(price: 30, stock: 5);

        var result = await _ledger.OrderAsync(item.Id, _buyer, quantity: 2);

        Assert.Equal(StoreOrderOutcome.Placed, result.Outcome);
        Assert.Equal((2, 60L, StoreOrderStatus.Placed, item.Details.PickUpLocation), (result.Order!.Quantity, result.Order.Points, result.Order.Status, result.Order.PickUpLocation));
        Assert.Equal((3, 40L, 60L), (await _ledger.StockOfAsync(item.Id), await _ledger.BalanceAsync(_buyer), await SponsorBalanceAsync(item)));
        Assert.Equal(result.Order.PaymentTransactionId, (await _ledger.Ledger.GetTransactionAsync(result.Order.PaymentTransactionId))!.Id);
    }

    [Fact]
    public async Task PlaceAsync_InsufficientBalance_IsRefusedAndLeavesTheStockUnchanged()
    {
        var item = await _ledger.StockAsync(price: 60, stock: 5);

        var result = await _ledger.OrderAsync(item.Id, _buyer, quantity: 2);

        Assert.Equal(new StoreOrderResult(StoreOrderOutcome.InsufficientFunds), result);
        Assert.Equal((5, 100L, 0L), (await _ledger.StockOfAsync(item.Id), await _ledger.BalanceAsync(_buyer), await SponsorBalanceAsync(item)));
        Assert.Empty(await _ledger.OrderQueries.ListForBuyerAsync(_buyer, 0, 10));
    }

    [Fact]
    public async Task PlaceAsync_MoreThanInStock_IsRefusedAsOutOfStock()
    {
        var item = await _ledger.StockAsync(price: 1, stock: 2);

        Assert.Equal(StoreOrderOutcome.OutOfStock, (await _ledger.OrderAsync(item.Id, _buyer, quantity: 3)).Outcome);
        Assert.Equal((2, 100L), (await _ledger.StockOfAsync(item.Id), await _ledger.BalanceAsync(_buyer)));
    }

    [Fact]
    public async Task PlaceAsync_RetryWithTheSameKey_ReturnsTheFirstOrderAndPaysOnce()
    {
        var item = await _ledger.StockAsync(price: 10, stock: 5);
        var key = LedgerHarness.NewKey();
        var first = await _ledger.OrderAsync(item.Id, _buyer, key: key);

        var retry = await _ledger.OrderAsync(item.Id, _buyer, key: key);

        Assert.Equal(new StoreOrderResult(StoreOrderOutcome.AlreadyPlaced, first.Order), retry);
        Assert.Equal((4, 90L), (await _ledger.StockOfAsync(item.Id), await _ledger.BalanceAsync(_buyer)));
    }

    [Fact]
    public async Task PlaceAsync_WithdrawnItem_IsUnavailable()
    {
        var item = await _ledger.StockAsync(price: 10, stock: 5);
        await _ledger.Catalog.DeactivateAsync(item.Id, item.Version);

        Assert.Equal(StoreOrderOutcome.Unavailable, (await _ledger.OrderAsync(item.Id, _buyer)).Outcome);
        Assert.Equal(StoreOrderOutcome.NotFound, (await _ledger.OrderAsync(Guid.NewGuid(), _buyer)).Outcome);
    }

    [Fact]
    public async Task CancelAsync_PlacedOrder_ReturnsThePointsAndTheStock()
    {
        var item = await _ledger.StockAsync(price: 25, stock: 3);
        var order = (await _ledger.OrderAsync(item.Id, _buyer, quantity: 2)).Order!;

        var result = await _ledger.Orders.CancelAsync(order.Id, "changed my mind");

        Assert.Equal(StoreOrderOutcome.Cancelled, result.Outcome);
        Assert.Equal((StoreOrderStatus.Cancelled, "changed my mind"), (result.Order!.Status, result.Order.CancellationReason));
        Assert.Equal(order.PaymentTransactionId, (await _ledger.Ledger.GetTransactionAsync(result.Order.RefundTransactionId!.Value))!.ReversesTransactionId);
        Assert.Equal((3, 100L, 0L), (await _ledger.StockOfAsync(item.Id), await _ledger.BalanceAsync(_buyer), await SponsorBalanceAsync(item)));
    }

    [Fact]
    public async Task CancelAsync_StoreAccountSpentThePoints_IsRefusedAndChangesNothing()
    {
        var item = await _ledger.StockAsync(price: 25, stock: 3);
        var order = (await _ledger.OrderAsync(item.Id, _buyer)).Order!;
        var store = (await _ledger.Accounts.FindAsync(item.Sponsor, AccountKind.Store, LedgerUnits.Shell))!;
        await _ledger.MoveAsync(store.Id, await _ledger.OpenAsync(AccountKind.Organisation), 25);

        var result = await _ledger.Orders.CancelAsync(order.Id, "changed my mind");

        Assert.Equal(new StoreOrderResult(StoreOrderOutcome.InsufficientFunds), result);
        Assert.Equal(StoreOrderStatus.Placed, (await _ledger.OrderQueries.GetAsync(order.Id))!.Status);
        Assert.Equal((2, 75L), (await _ledger.StockOfAsync(item.Id), await _ledger.BalanceAsync(_buyer)));
    }

    [Fact]
    public async Task CancelAsync_CollectedOrder_IsRefusedAndChangesNothing()
    {
        var item = await _ledger.StockAsync(price: 25, stock: 3);
        var order = (await _ledger.OrderAsync(item.Id, _buyer)).Order!;
        await _ledger.Orders.MarkCollectedAsync(order.Id, "user:station-keeper");

        var result = await _ledger.Orders.CancelAsync(order.Id, "too late");

        Assert.Equal((StoreOrderOutcome.NotPlaced, StoreOrderStatus.Collected), (result.Outcome, result.Order!.Status));
        Assert.Equal((2, 75L), (await _ledger.StockOfAsync(item.Id), await _ledger.BalanceAsync(_buyer)));
    }

    [Fact]
    public async Task MarkCollectedAsync_Twice_CollectsOnce()
    {
        var item = await _ledger.StockAsync(price: 5, stock: 3);
        var order = (await _ledger.OrderAsync(item.Id, _buyer)).Order!;

        var first = await _ledger.Orders.MarkCollectedAsync(order.Id, "user:first");
        var second = await _ledger.Orders.MarkCollectedAsync(order.Id, "user:second");

        Assert.Equal((StoreOrderOutcome.Collected, "user:first"), (first.Outcome, first.Order!.CollectedBy));
        Assert.Equal((StoreOrderOutcome.NotPlaced, "user:first"), (second.Outcome, second.Order!.CollectedBy));
        Assert.Equal(StoreOrderOutcome.NotFound, (await _ledger.Orders.MarkCollectedAsync(Guid.NewGuid(), "user:first")).Outcome);
    }

    [Fact]
    public async Task Queries_FindOrdersByBuyerAndByPickUpLocationAndStatus()
    {
        var station = $"station:{Guid.NewGuid():N}";
        var item = await _ledger.StockAsync(price: 5, stock: 10, station);
        var collected = (await _ledger.OrderAsync(item.Id, _buyer)).Order!;
        var waiting = (await _ledger.OrderAsync(item.Id, _buyer)).Order!;
        await _ledger.Orders.MarkCollectedAsync(collected.Id, "user:keeper");

        Assert.Equal([waiting.Id, collected.Id], (await _ledger.OrderQueries.ListForBuyerAsync(_buyer, 0, 10)).Select(o => o.Id));
        Assert.Equal([waiting.Id], (await _ledger.OrderQueries.ListAtLocationAsync(station, StoreOrderStatus.Placed, 0, 10)).Select(o => o.Id));
        Assert.Equal([collected.Id], (await _ledger.OrderQueries.ListAtLocationAsync(station, StoreOrderStatus.Collected, 0, 10)).Select(o => o.Id));
        Assert.Equal(StoreOrderStatus.Collected, (await _ledger.OrderQueries.GetAsync(collected.Id))!.Status);
        Assert.Equal([collected.Id], (await _ledger.OrderQueries.ListForBuyerAsync(_buyer, 1, 1)).Select(o => o.Id));
        Assert.Equal(2, await _ledger.OrderQueries.CountForBuyerAsync(_buyer));
        Assert.Equal(
            (1, 1, 0),
            (await _ledger.OrderQueries.CountAtLocationAsync(station, StoreOrderStatus.Placed),
             await _ledger.OrderQueries.CountAtLocationAsync(station, StoreOrderStatus.Collected),
             await _ledger.OrderQueries.CountAtLocationAsync(station, StoreOrderStatus.Cancelled)));
    }
}

public sealed class SqliteStoreOrderTests(SqliteTestDatabase database)
    : StoreOrderTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresStoreOrderTests(PostgresTestDatabase database)
    : StoreOrderTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
