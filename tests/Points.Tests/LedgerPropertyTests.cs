using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.TestSupport.Databases;
using CsCheck;

namespace Charity.Points.Tests;

/// <summary>
/// Random sequences of transfers, retries with the same key, reversals and bursts of concurrent transfers
/// on each real database: afterwards every balance is the sum of the applied postings, none but funding is
/// negative, retries never paid twice, and verification finds nothing.
/// </summary>
public abstract class LedgerPropertyTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : ITestDatabase
{
    private static readonly AccountKind[] Kinds =
        [AccountKind.Funding, AccountKind.Budget, AccountKind.Budget, AccountKind.Person, AccountKind.Person, AccountKind.Household, AccountKind.Store, AccountKind.Organisation];

    private static readonly Gen<Operation[]> Operations =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, Kinds.Length - 1], Gen.Int[1, Kinds.Length - 1], Gen.Long[1, 80], Gen.Int[0, 1_000])
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
    }

    private async Task RunAsync(Operation[] steps)
    {
        var accounts = new List<Guid>();
        foreach (var kind in Kinds)
        {
            accounts.Add(await _ledger.OpenAsync(kind));
        }

        await _ledger.MoveAsync(accounts[0], accounts[1], 200);
        var sent = new List<(TransferRequest Request, TransferResult Result)>();
        var applied = new Dictionary<Guid, PostedTransaction>();
        foreach (var step in steps)
        {
            foreach (var (request, result) in await RunAsync(step, accounts, sent))
            {
                sent.Add((request, result));
                if (result.Status == TransferStatus.Applied)
                {
                    Assert.True(applied.TryAdd(result.Transaction!.Id, result.Transaction), "A transaction was applied twice.");
                }
            }
        }

        for (var i = 0; i < accounts.Count; i++)
        {
            var balance = await _ledger.BalanceAsync(accounts[i]);
            var expected = applied.Values.SelectMany(t => t.Postings).Where(p => p.AccountId == accounts[i]).Sum(p => p.Amount) + (i switch { 0 => -200, 1 => 200, _ => 0 });
            Assert.Equal(expected, balance);
            Assert.True(Kinds[i] == AccountKind.Funding || balance >= 0, $"{Kinds[i]} went below zero.");
        }
    }

    private async Task<IEnumerable<(TransferRequest, TransferResult)>> RunAsync(Operation step, List<Guid> accounts, List<(TransferRequest Request, TransferResult Result)> sent)
    {
        switch (step.Action)
        {
            case 0 or 1 when sent.Count > 0:
                var (request, first) = sent[step.Pick % sent.Count];
                var retry = await _ledger.Ledger.TransferAsync(request);
                if (first.Succeeded)
                {
                    Assert.Equal((TransferStatus.AlreadyApplied, first.Transaction!.Id), (retry.Status, retry.Transaction!.Id));
                }

                return [(request, retry)];
            case 2 when sent.Any(s => s.Result.Succeeded):
                var target = sent.Where(s => s.Result.Succeeded).ElementAt(step.Pick % sent.Count(s => s.Result.Succeeded)).Result.Transaction!;
                var reversal = new ReversalRequest(target.Id, LedgerHarness.NewKey(), LedgerHarness.Reference("reversal"), "reversed");
                var reversed = await _ledger.Ledger.ReverseAsync(reversal);
                return reversed.Status == TransferStatus.Applied
                    ? [(new TransferRequest(reversal.IdempotencyKey, reversal.Reference, reversal.Description, []), reversed)]
                    : [];
            case 3:
                var burst = Enumerable.Range(0, 4)
                    .Select(i => Transfer(accounts, new Operation(0, (step.From + i) % Kinds.Length, (step.To + (2 * i)) % Kinds.Length, step.Amount + i, 0)))
                    .Where(r => r.Postings[0].AccountId != r.Postings[1].AccountId)
                    .ToList();
                var results = await Task.WhenAll(burst.Select(r => Task.Run(() => _ledger.Ledger.TransferAsync(r))));
                return burst.Zip(results);
            default:
                var transfer = Transfer(accounts, step);
                return [(transfer, await _ledger.Ledger.TransferAsync(transfer))];
        }
    }

    private static TransferRequest Transfer(List<Guid> accounts, Operation step) =>
        TransferRequest.Move(LedgerHarness.NewKey(), LedgerHarness.Reference(), "random", accounts[step.From], accounts[step.To], step.Amount);

    public sealed record Operation(int Action, int From, int To, long Amount, int Pick);
}

public sealed class SqliteLedgerPropertyTests(SqliteTestDatabase database)
    : LedgerPropertyTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresLedgerPropertyTests(PostgresTestDatabase database)
    : LedgerPropertyTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
