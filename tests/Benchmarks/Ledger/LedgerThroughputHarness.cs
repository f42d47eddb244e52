using System.Diagnostics;
using System.Globalization;
using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.Points.Verification;

namespace Charity.Benchmarks.Ledger;

/// <summary>
/// Transfers per second through the ledger against plain INSERTs of the same rows in the same run, with 1
/// and 16 writers on distinct accounts and with 16 writers drawing on one hot budget, on PostgreSQL and a
/// SQLite file; then the time to verify a PostgreSQL ledger of a million transactions.
/// Usage: <c>ledger [transfers per scenario, default 32000] [transactions to verify, default 1000000]</c>.
/// </summary>
internal static class LedgerThroughputHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var transfers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 32_000;
        var toVerify = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var healthy = true;
        foreach (var open in new Func<Task<BenchDatabase>>[] { BenchDatabase.PostgresAsync, BenchDatabase.SqliteAsync })
        {
            foreach (var writers in new[] { 1, 16 })
            {
                await using var database = await open();
                await CompareWithBaselineAsync(database, writers, transfers);
            }

            await using (var database = await open())
            {
                healthy &= await HotAccountAsync(database, 16, transfers);
            }
        }

        if (toVerify > 0)
        {
            healthy &= await VerifyAsync(toVerify);
        }

        return healthy ? 0 : 1;
    }

    private static async Task CompareWithBaselineAsync(BenchDatabase database, int writers, int transfers)
    {
        var ledger = new Points.Transactions.Ledger(database.Contexts, TimeProvider.System);
        var accounts = new LedgerAccounts(database.Contexts, TimeProvider.System);
        var perWriter = transfers / writers;
        var ledgerPairs = await PairsAsync(accounts, ledger, writers, "ledger", funding: 1_000_000_000);
        var baselinePairs = await PairsAsync(accounts, ledger, writers, "baseline", funding: 0);
        await using var baseline = new PlainInsertBaseline(database);
        var insert = await baseline.PrepareAsync(baselinePairs);

        await WarmUpAsync(writers, (w, i) => Move(ledger, ledgerPairs[w], $"warm-{w}-{i}"));
        var warmInserts = await WarmUpAsync(writers, insert);
        var plain = await MeasureAsync(writers, perWriter, (w, i) => insert(w, i + warmInserts));
        var through = await MeasureAsync(writers, perWriter, (w, i) => Move(ledger, ledgerPairs[w], $"run-{w}-{i}"));
        Console.WriteLine(
            $"{database.Name}, {writers,2} writer(s) on distinct accounts: ledger {through.PerSecond,8:N0} transfers/s, " +
            $"plain INSERTs {plain.PerSecond,8:N0}/s, ratio {through.PerSecond / plain.PerSecond:F2} ({through.Succeeded:N0} transfers in {through.Elapsed.TotalSeconds:F2} s)");
    }

    private static async Task<bool> HotAccountAsync(BenchDatabase database, int writers, int transfers)
    {
        var ledger = new Points.Transactions.Ledger(database.Contexts, TimeProvider.System);
        var accounts = new LedgerAccounts(database.Contexts, TimeProvider.System);
        const int refused = 10;
        var perWriter = transfers / writers;
        var budget = (await PairsAsync(accounts, ledger, 1, "hot", funding: (perWriter * writers) - refused))[0].From;
        var people = new List<Guid>();
        for (var w = 0; w < writers; w++)
        {
            people.Add((await accounts.OpenAsync($"person:{w}", AccountKind.Person, "SHELL")).Id);
        }

        var run = await MeasureAsync(writers, perWriter, (w, i) => Move(ledger, (budget, people[w]), $"hot-{w}-{i}"));
        var balance = (await accounts.GetAsync(budget))!.Balance;
        var correct = balance == 0 && run.Succeeded == (perWriter * writers) - refused;
        Console.WriteLine(
            $"{database.Name}, {writers,2} writers on one hot budget: {run.PerSecond,8:N0} transfers/s ({run.Succeeded:N0} applied, " +
            $"{run.Attempted - run.Succeeded} refused for want of funds, budget ends at {balance}: {(correct ? "no overdraft" : "WRONG")})");
        return correct;
    }

    private static async Task<bool> VerifyAsync(int transactions)
    {
        await using var database = await BenchDatabase.PostgresAsync();
        var fill = Stopwatch.StartNew();
        await BulkLedgerWriter.WriteAsync(database.ConnectionString, transactions, budgets: 100, people: 10_000);
        Console.WriteLine($"PostgreSQL: {transactions:N0} transactions written by the bulk path (ledger's builder + COPY) in {fill.Elapsed.TotalSeconds:F1} s");
        var clock = Stopwatch.StartNew();
        var report = await new LedgerVerifier(database.Contexts).VerifyAsync();
        Console.WriteLine(
            $"PostgreSQL: verify of {report.TransactionsChecked:N0} transactions, {report.PostingsChecked:N0} postings, {report.AccountsChecked:N0} accounts " +
            $"took {clock.Elapsed.TotalSeconds:F1} s ({report.TransactionsChecked / clock.Elapsed.TotalSeconds:N0} transactions/s): {(report.IsIntact ? "intact" : $"{report.ProblemCount} problems")}");
        return report.IsIntact;
    }

    private static async Task<List<(Guid From, Guid To)>> PairsAsync(LedgerAccounts accounts, Points.Transactions.Ledger ledger, int count, string label, long funding)
    {
        var source = (await accounts.OpenAsync($"funding:{label}", AccountKind.Funding, "SHELL")).Id;
        var pairs = new List<(Guid, Guid)>();
        for (var i = 0; i < count; i++)
        {
            var budget = (await accounts.OpenAsync($"budget:{label}:{i}", AccountKind.Budget, "SHELL")).Id;
            var person = (await accounts.OpenAsync($"person:{label}:{i}", AccountKind.Person, "SHELL")).Id;
            if (funding > 0)
            {
                await ledger.TransferAsync(TransferRequest.Move($"fund-{label}-{i}", new BusinessReference("bench", "fund"), "fund", source, budget, funding));
            }

            pairs.Add((budget, person));
        }

        return pairs;
    }

    private static async Task<bool> Move(Points.Transactions.Ledger ledger, (Guid From, Guid To) pair, string key) =>
        (await ledger.TransferAsync(TransferRequest.Move(key, new BusinessReference("bench", key), "bench", pair.From, pair.To, 1))).Status == TransferStatus.Applied;

    /// <summary>
    /// Runs a path for two seconds before it is measured (JIT tiers, pools, caches): 20 transfers a writer ended
    /// inside the JIT's tiering delay, and the run then timed the compiler as well. Returns the most transfers any
    /// writer made, for the measured run to number its rows after.
    /// </summary>
    private static async Task<int> WarmUpAsync(int writers, Func<int, int, Task<bool>> transfer)
    {
        var clock = Stopwatch.StartNew();
        var made = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var count = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(2))
            {
                await transfer(w, count++);
            }

            return count;
        })));
        return made.Max();
    }

    private static async Task<Measurement> MeasureAsync(int writers, int perWriter, Func<int, int, Task<bool>> transfer)
    {
        var clock = Stopwatch.StartNew();
        var succeeded = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var count = 0;
            for (var i = 0; i < perWriter; i++)
            {
                count += await transfer(w, i) ? 1 : 0;
            }

            return count;
        })));
        return new Measurement(writers * perWriter, succeeded.Sum(), clock.Elapsed);
    }

    private sealed record Measurement(int Attempted, int Succeeded, TimeSpan Elapsed)
    {
        public double PerSecond => Attempted / Elapsed.TotalSeconds;
    }
}
