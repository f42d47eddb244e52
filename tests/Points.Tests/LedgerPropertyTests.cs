using Charity.Points.Accounts;
using Charity.Points.Expiry;
using Charity.Points.Reports;
using Charity.Points.Store;
using Charity.Points.Transactions;
using Charity.TestSupport.Databases;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Tests;

/// <summary>
/// Random sequences of transfers, retries with the same key, reversals, store orders, cancellations,
/// collections, expiry runs and bursts of concurrent transfers, orders and expiry on each real database:
/// afterwards every balance is the sum of the applied postings, none but funding is negative, retries never
/// paid twice, the item's stock and its live orders add up to what was stocked, and verification finds
/// nothing, until one posting is changed behind the ledger's back.
/// </summary>
public abstract class LedgerPropertyTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private const int Lifetime = 24;
    private const int InitialStock = 6;

    private static readonly AccountKind[] Kinds =
        [AccountKind.Funding, AccountKind.Budget, AccountKind.Budget, AccountKind.Person, AccountKind.Person, AccountKind.Household, AccountKind.Store, AccountKind.Organisation];

    private static readonly Gen<Operation[]> Operations =
        Gen.Select(Gen.Int[0, 14], Gen.Int[0, Kinds.Length - 1], Gen.Int[1, Kinds.Length - 1], Gen.Long[1, 80], Gen.Int[0, 1_000])
            .Select((action, from, offset, amount, pick) => new Operation(action, from, (from + offset) % Kinds.Length, amount, pick))
            .Array[5, 30];

    private LedgerHarness _ledger = null!;

    public async Task InitializeAsync() => _ledger = await LedgerHarness.OpenAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnySequenceOfOperations_KeepsTheLedgerBalancedAndVerifiable()
    {
        await Operations.SampleAsync(RunAsync, iter: 12, threads: 1);

        var report = await _ledger.Verifier.VerifyAsync();
        Assert.True(report.IsIntact, string.Join(Environment.NewLine, report.Findings));

        await using (var db = new PointsDbContext(database.PointsOptions()))
        {
            var posting = await db.Postings.OrderBy(p => p.TransactionId).FirstAsync();
            await db.Postings.Where(p => p.AccountId == posting.AccountId && p.AccountSequence == posting.AccountSequence)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Amount, p => p.Amount + 1));
        }

        Assert.False((await _ledger.Verifier.VerifyAsync()).IsIntact, "A changed posting went unnoticed.");
    }

    private async Task RunAsync(Operation[] operations)
    {
        var accounts = new List<Guid>();
        foreach (var kind in Kinds)
        {
            accounts.Add(await _ledger.OpenAsync(kind));
        }

        await _ledger.MoveAsync(accounts[0], accounts[1], 200);
        var sample = new Sample(accounts, await _ledger.StockAsync(price: 7, stock: InitialStock));
        foreach (var operation in operations)
        {
            foreach (var (resend, result) in await RunAsync(operation, sample))
            {
                sample.Sent.Add(new Sent(resend, result));
                if (result.Status == TransferStatus.Applied)
                {
                    sample.Apply(result.Transaction!);
                }
            }
        }

        await ApplyExpiriesAsync(sample);
        for (var i = 0; i < accounts.Count; i++)
        {
            var balance = await _ledger.BalanceAsync(accounts[i]);
            var expected = sample.Applied.Values.SelectMany(t => t.Postings).Where(p => p.AccountId == accounts[i]).Sum(p => p.Amount) + (i switch { 0 => -200, 1 => 200, _ => 0 });
            Assert.Equal(expected, balance);
            Assert.True(Kinds[i] == AccountKind.Funding || balance >= 0, $"{Kinds[i]} went below zero.");
        }

        var station = sample.Item.Details.PickUpLocation;
        var live = (await _ledger.OrderQueries.ListAtLocationAsync(station, StoreOrderStatus.Placed, 0, 1_000))
            .Concat(await _ledger.OrderQueries.ListAtLocationAsync(station, StoreOrderStatus.Collected, 0, 1_000));
        Assert.Equal(InitialStock, await _ledger.StockOfAsync(sample.Item.Id) + live.Sum(o => o.Quantity));
    }

    private async Task<IEnumerable<(Func<Task<TransferResult>> Resend, TransferResult Result)>> RunAsync(Operation operation, Sample sample)
    {
        var accounts = sample.Accounts;
        var sent = sample.Sent;
        switch (operation.Action)
        {
            case 0 or 1 when sent.Count > 0:
                var (resend, first) = sent[operation.Pick % sent.Count];
                var retry = await resend();
                if (first.Succeeded)
                {
                    Assert.Equal((TransferStatus.AlreadyApplied, first.Transaction!.Id), (retry.Status, retry.Transaction!.Id));
                }

                return [(resend, retry)];
            case 2 when sent.Any(s => s.Result.Succeeded):
                var target = sent.Where(s => s.Result.Succeeded).ElementAt(operation.Pick % sent.Count(s => s.Result.Succeeded)).Result.Transaction!;
                var reversal = new ReversalRequest(target.Id, LedgerHarness.NewKey(), LedgerHarness.Reference("reversal"), "reversed");
                Func<Task<TransferResult>> reverse = () => _ledger.Ledger.ReverseAsync(reversal);
                return [(reverse, await reverse())];
            case 3:
                var burst = Enumerable.Range(0, 4)
                    .Select(i => Transfer(accounts, new Operation(0, (operation.From + i) % Kinds.Length, (operation.To + (2 * i)) % Kinds.Length, operation.Amount + i, operation.Pick + i)))
                    .Where(r => r.Postings[0].AccountId != r.Postings[1].AccountId)
                    .ToList();
                var transfers = Task.WhenAll(burst.Select(r => Task.Run(() => _ledger.Ledger.TransferAsync(r))));

                // An expiry run racing the spends: it must not expire what they took.
                await Task.WhenAll(transfers, Task.Run(() => ExpireAsync(operation)));
                return burst.Select(Resend).Zip(await transfers);
            case 10:
                await PlaceAsync(sample, operation);
                return [];
            case 11:
                await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
                    Task.Run(() => PlaceAsync(sample, operation with { From = (operation.From + i) % Kinds.Length, Amount = operation.Amount + i }))));
                return [];
            case 12 when sample.Orders.Count > 0:
                await SettleAsync(sample, sample.Orders[operation.Pick % sample.Orders.Count], cancel: operation.Amount % 2 == 0);
                return [];
            case 13:
                await ExpireAsync(operation);
                return [];
            default:
                var transfer = Transfer(accounts, operation);
                return [(Resend(transfer), await _ledger.Ledger.TransferAsync(transfer))];
        }
    }

    private async Task PlaceAsync(Sample sample, Operation operation)
    {
        var result = await _ledger.OrderAsync(sample.Item.Id, sample.Accounts[operation.From], quantity: 1 + (int)(operation.Amount % 3));
        Assert.True(result.Outcome is StoreOrderOutcome.Placed or StoreOrderOutcome.OutOfStock or StoreOrderOutcome.InsufficientFunds, $"Order: {result.Outcome}");
        if (result.Outcome == StoreOrderOutcome.Placed)
        {
            sample.Apply((await _ledger.Ledger.GetTransactionAsync(result.Order!.PaymentTransactionId))!);
            lock (sample.Orders)
            {
                sample.Orders.Add(result.Order.Id);
            }
        }
    }

    private async Task SettleAsync(Sample sample, Guid orderId, bool cancel)
    {
        var result = cancel ? await _ledger.Orders.CancelAsync(orderId, "random") : await _ledger.Orders.MarkCollectedAsync(orderId, "user:random");
        if (result.Outcome == StoreOrderOutcome.Cancelled)
        {
            sample.Apply((await _ledger.Ledger.GetTransactionAsync(result.Order!.RefundTransactionId!.Value))!);
        }
    }

    /// <summary>Earned-at times in the past 3 years make some lots old enough to expire now or on the next days.</summary>
    private Task<ExpiryRun> ExpireAsync(Operation operation) =>
        _ledger.Expiry.ExpireDueAsync(DateTimeOffset.UtcNow.AddDays(operation.Pick % 3), Lifetime);

    /// <summary>Expiry runs move points of every account in the database; the sample's share is read back from the ledger.</summary>
    private async Task ApplyExpiriesAsync(Sample sample)
    {
        foreach (var account in sample.Accounts)
        {
            var expiries = await _ledger.Reports.GetHistoryAsync(account, new HistoryFilter(ReferenceKind: PointsExpiry.ReferenceKind), 0, 1_000);
            foreach (var entry in expiries.Entries)
            {
                sample.Apply((await _ledger.Ledger.GetTransactionAsync(entry.TransactionId))!);
            }
        }
    }

    private static TransferRequest Transfer(List<Guid> accounts, Operation operation) => new(
        LedgerHarness.NewKey(),
        LedgerHarness.Reference(),
        "random",
        [new PostingRequest(accounts[operation.From], -operation.Amount), new PostingRequest(accounts[operation.To], operation.Amount, DateTimeOffset.UtcNow.AddMonths(-(operation.Pick % 36)))]);

    private Func<Task<TransferResult>> Resend(TransferRequest request) => () => _ledger.Ledger.TransferAsync(request);

    public sealed record Operation(int Action, int From, int To, long Amount, int Pick);

    private sealed record Sent(Func<Task<TransferResult>> Resend, TransferResult Result);

    private sealed class Sample(List<Guid> accounts, StoreItemView item)
    {
        public List<Guid> Accounts => accounts;

        public StoreItemView Item => item;

        public List<Sent> Sent { get; } = [];

        public List<Guid> Orders { get; } = [];

        public Dictionary<Guid, PostedTransaction> Applied { get; } = [];

        public void Apply(PostedTransaction transaction)
        {
            lock (Applied)
            {
                Assert.True(Applied.TryAdd(transaction.Id, transaction), "A transaction was applied twice.");
            }
        }
    }
}

public sealed class SqliteLedgerPropertyTests(SqliteTestDatabase database)
    : LedgerPropertyTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresLedgerPropertyTests(PostgresTestDatabase database)
    : LedgerPropertyTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
