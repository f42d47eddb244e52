using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Charity.Benchmarks.Ledger;

/// <summary>
/// The baseline: the same rows a transfer writes (one transaction row, two postings) as plain INSERTs in one
/// database transaction per transfer, with no lock, no idempotency look-up, no balance check and no hashing.
/// Each writer keeps one open connection, so the baseline is the best case.
/// </summary>
internal sealed class PlainInsertBaseline(BenchDatabase database) : IAsyncDisposable
{
    private static readonly byte[] AnyHash = RandomNumberGenerator.GetBytes(32);
    private readonly List<DbConnection> _connections = [];

    public async Task<Func<int, int, Task<bool>>> PrepareAsync(IReadOnlyList<(Guid From, Guid To)> pairs)
    {
        foreach (var _ in pairs)
        {
            DbConnection connection = database.IsPostgres ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            _connections.Add(connection);
        }

        return async (writer, index) =>
        {
            var connection = _connections[writer];
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                "INSERT INTO \"PointsTransactions\" (\"Id\", \"IdempotencyKey\", \"ReferenceKind\", \"ReferenceId\", \"Description\", \"CreatedAt\", \"Hash\") VALUES (@id, @key, 'bench', @key, 'baseline', @at, @hash);" +
                "INSERT INTO \"PointsPostings\" (\"AccountId\", \"AccountSequence\", \"TransactionId\", \"Amount\", \"Unit\", \"BalanceAfter\", \"EarnedAt\", \"Hash\") VALUES " +
                "(@from, @sequence, @id, -1, 'SHELL', 0, NULL, @hash), (@to, @sequence, @id, 1, 'SHELL', 0, @at, @hash)";
            var id = Guid.CreateVersion7();
            Add(command, "id", id);
            Add(command, "key", $"baseline-{id:N}");
            Add(command, "at", DateTimeOffset.UtcNow);
            Add(command, "hash", AnyHash);
            Add(command, "from", pairs[writer].From);
            Add(command, "to", pairs[writer].To);
            Add(command, "sequence", (long)index + 1);
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            return true;
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    /// <summary>Values as the points model stores them: on SQLite, ids as upper-case text and times as UTC ticks.</summary>
    private void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = (database.IsPostgres, value) switch
        {
            (false, Guid guid) => guid.ToString().ToUpperInvariant(),
            (false, DateTimeOffset time) => time.UtcTicks,
            _ => value,
        };
        command.Parameters.Add(parameter);
    }
}
