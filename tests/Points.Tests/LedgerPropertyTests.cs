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

    private async Task RunAsync(Operation[] operations)
    {
        var accounts = new List<Guid>();
        foreach (var kind in Kinds)
        {
            accounts.Add(await _ledger.OpenAsync(kind));
        }

        await _ledger.MoveAsync(accounts[0], accounts[1], 200);
        var sent = new List<Sent>();
        var applied = new Dictionary<Guid, PostedTransaction>();
        foreach (var operation in operations)
        {
            foreach (var (resend, result) in await RunAsync(operation, accounts, sent))
            {
                sent.Add(new Sent(resend, result));
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

    private async Task<IEnumerable<(Func<Task<TransferResult>> Resend, TransferResult Result)>> RunAsync(Operation operation, List<Guid> accounts, List<Sent> sent)
    {
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
                    .Select(i => Transfer(accounts, new Operation(0, (operation.From + i) % Kinds.Length, (operation.To + (2 * i)) % Kinds.Length, operation.Amount + i, 0)))
                    .Where(r => r.Postings[0].AccountId != r.Postings[1].AccountId)
                    .ToList();
                var results = await Task.WhenAll(burst.Select(r => Task.Run(() => _ledger.Ledger.TransferAsync(r))));
                return burst.Select(Resend).Zip(results);
            default:
                var transfer = Transfer(accounts, operation);
                return [(Resend(transfer), await _ledger.Ledger.TransferAsync(transfer))];
        }
    }

    private static TransferRequest Transfer(List<Guid> accounts, Operation operation) =>
        TransferRequest.Move(LedgerHarness.NewKey(), LedgerHarness.Reference(), "random", accounts[operation.From], accounts[operation.To], operation.Amount);

    private Func<Task<TransferResult>> Resend(TransferRequest request) => () => _ledger.Ledger.TransferAsync(request);

    public sealed record Operation(int Action, int From, int To, long Amount, int Pick);

    private sealed record Sent(Func<Task<TransferResult>> Resend, TransferResult Result);
}

public sealed class SqliteLedgerPropertyTests(SqliteTestDatabase database)
    : LedgerPropertyTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresLedgerPropertyTests(PostgresTestDatabase database)
    : LedgerPropertyTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
