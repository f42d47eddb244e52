using Charity.Points;
using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.Points.Verification;
using Npgsql;
using NpgsqlTypes;

namespace Charity.Benchmarks.Ledger;

/// <summary>
/// Fills a PostgreSQL points database fast with a valid ledger: transactions are built by the ledger's own
/// <see cref="TransactionBuilder"/> (same postings, balances and hash chains as transfers would write) on
/// accounts held in memory, and written with binary COPY in chunks. No balance checks run: every transfer
/// moves one point from a budget funded for all of them to a person.
/// </summary>
internal static class BulkLedgerWriter
{
    private const int Chunk = 50_000;

    public static async Task WriteAsync(string connectionString, int transactions, int budgets, int people)
    {
        var now = DateTimeOffset.UtcNow.TruncatedToMicroseconds();
        var funding = NewAccount("funding:bench", AccountKind.Funding, now);
        var budgetAccounts = Enumerable.Range(0, budgets).Select(i => NewAccount($"budget:{i}", AccountKind.Budget, now)).ToList();
        var personAccounts = Enumerable.Range(0, people).Select(i => NewAccount($"volunteer:{i}", AccountKind.Person, now)).ToList();
        var all = new List<Account> { funding };
        all.AddRange(budgetAccounts);
        all.AddRange(personAccounts);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await CopyAccountsAsync(connection, all, "\"PointsAccounts\"");

        var sequence = 0L;
        var pending = new List<LedgerTransaction>(Chunk);
        foreach (var budget in budgetAccounts)
        {
            pending.Add(Build(funding, budget, (transactions / budgets) + 1, now));
        }

        for (var i = 0; i < transactions; i++)
        {
            pending.Add(Build(budgetAccounts[i % budgets], personAccounts[i % people], 1, now));
            if (pending.Count == Chunk)
            {
                sequence = await CopyAsync(connection, pending, sequence);
            }
        }

        sequence = await CopyAsync(connection, pending, sequence);
        await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('\"PointsTransactions\"', 'Sequence'), {sequence})");

        // The accounts' final balances, posting counts and hash heads, applied in one statement.
        await ExecuteAsync(connection, "CREATE TEMP TABLE final_accounts (LIKE \"PointsAccounts\")");
        await CopyAccountsAsync(connection, all, "final_accounts");
        await ExecuteAsync(connection,
            "UPDATE \"PointsAccounts\" a SET \"Balance\" = f.\"Balance\", \"LastSequence\" = f.\"LastSequence\", \"HashHead\" = f.\"HashHead\" " +
            "FROM final_accounts f WHERE a.\"Id\" = f.\"Id\"");
        await ExecuteAsync(connection, "ANALYZE");
    }

    private static Account NewAccount(string owner, AccountKind kind, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new Account { Id = id, Owner = owner, Kind = kind, Unit = "SHELL", HashHead = ChainHashes.Genesis(id, owner, kind, "SHELL"), OpenedAt = now };
    }

    private static LedgerTransaction Build(Account from, Account to, long amount, DateTimeOffset now) =>
        TransactionBuilder.Build(
            TransferRequest.Move($"bulk-{Guid.NewGuid():N}", new BusinessReference("bench", "bulk"), "bulk", from.Id, to.Id, amount),
            reverses: null,
            new Dictionary<Guid, Account> { [from.Id] = from, [to.Id] = to },
            now);

    private static async Task<long> CopyAsync(NpgsqlConnection connection, List<LedgerTransaction> transactions, long sequence)
    {
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY \"PointsTransactions\" (\"Sequence\", \"Id\", \"IdempotencyKey\", \"ReferenceKind\", \"ReferenceId\", \"Description\", \"CreatedAt\", \"ReversesTransactionId\", \"Hash\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var t in transactions)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(++sequence, NpgsqlDbType.Bigint);
                await importer.WriteAsync(t.Id, NpgsqlDbType.Uuid);
                await importer.WriteAsync(t.IdempotencyKey, NpgsqlDbType.Varchar);
                await importer.WriteAsync(t.ReferenceKind, NpgsqlDbType.Varchar);
                await importer.WriteAsync(t.ReferenceId, NpgsqlDbType.Varchar);
                await importer.WriteAsync(t.Description, NpgsqlDbType.Varchar);
                await importer.WriteAsync(t.CreatedAt, NpgsqlDbType.TimestampTz);
                await importer.WriteNullAsync();
                await importer.WriteAsync(t.Hash, NpgsqlDbType.Bytea);
            }

            await importer.CompleteAsync();
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY \"PointsPostings\" (\"AccountId\", \"AccountSequence\", \"TransactionId\", \"Amount\", \"Unit\", \"BalanceAfter\", \"EarnedAt\", \"Hash\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var p in transactions.SelectMany(t => t.Postings))
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(p.AccountId, NpgsqlDbType.Uuid);
                await importer.WriteAsync(p.AccountSequence, NpgsqlDbType.Bigint);
                await importer.WriteAsync(p.TransactionId, NpgsqlDbType.Uuid);
                await importer.WriteAsync(p.Amount, NpgsqlDbType.Bigint);
                await importer.WriteAsync(p.Unit, NpgsqlDbType.Varchar);
                await importer.WriteAsync(p.BalanceAfter, NpgsqlDbType.Bigint);
                if (p.EarnedAt is { } earnedAt)
                {
                    await importer.WriteAsync(earnedAt, NpgsqlDbType.TimestampTz);
                }
                else
                {
                    await importer.WriteNullAsync();
                }

                await importer.WriteAsync(p.Hash, NpgsqlDbType.Bytea);
            }

            await importer.CompleteAsync();
        }

        transactions.Clear();
        return sequence;
    }

    private static async Task CopyAccountsAsync(NpgsqlConnection connection, List<Account> accounts, string table)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table} (\"Id\", \"Owner\", \"Kind\", \"Unit\", \"Balance\", \"LastSequence\", \"HashHead\", \"OpenedAt\") FROM STDIN (FORMAT BINARY)");
        foreach (var a in accounts)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(a.Id, NpgsqlDbType.Uuid);
            await importer.WriteAsync(a.Owner, NpgsqlDbType.Varchar);
            await importer.WriteAsync(a.Kind.ToString(), NpgsqlDbType.Varchar);
            await importer.WriteAsync(a.Unit, NpgsqlDbType.Varchar);
            await importer.WriteAsync(a.Balance, NpgsqlDbType.Bigint);
            await importer.WriteAsync(a.LastSequence, NpgsqlDbType.Bigint);
            await importer.WriteAsync(a.HashHead, NpgsqlDbType.Bytea);
            await importer.WriteAsync(a.OpenedAt, NpgsqlDbType.TimestampTz);
        }

        await importer.CompleteAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
