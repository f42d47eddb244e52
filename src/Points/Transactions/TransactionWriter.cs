using System.Data.Common;
using Charity.Points.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Charity.Points.Transactions;

/// <summary>
/// Writes built transactions, their postings and the accounts' new balances and hash heads in three plain
/// statements (one round trip where the provider batches commands), inside the caller's database transaction,
/// and gives each transaction the sequence number the database assigned it.
/// </summary>
internal static class TransactionWriter
{
    private static readonly string[] TransactionColumns =
        [nameof(LedgerTransaction.Id), nameof(LedgerTransaction.IdempotencyKey), nameof(LedgerTransaction.ReferenceKind), nameof(LedgerTransaction.ReferenceId),
         nameof(LedgerTransaction.Description), nameof(LedgerTransaction.CreatedAt), nameof(LedgerTransaction.ReversesTransactionId), nameof(LedgerTransaction.Hash)];

    private static readonly string[] AccountColumns =
        [nameof(Account.Id), nameof(Account.Balance), nameof(Account.LastSequence), nameof(Account.HashHead)];

    private static readonly string[] PostingColumns =
        [nameof(Posting.AccountId), nameof(Posting.AccountSequence), nameof(Posting.TransactionId), nameof(Posting.Amount),
         nameof(Posting.Unit), nameof(Posting.BalanceAfter), nameof(Posting.EarnedAt), nameof(Posting.Hash)];

    /// <summary>Parameters a transaction of <paramref name="postings"/> postings adds to the batch, counting an account update per posting.</summary>
    public static int ParametersFor(int postings) => TransactionColumns.Length + (postings * (PostingColumns.Length + AccountColumns.Length));

    /// <param name="accounts">The touched accounts as they stand after the last of <paramref name="transactions"/>, each once.</param>
    public static async Task WriteAsync(
        PointsDbContext db, IReadOnlyList<LedgerTransaction> transactions, IEnumerable<Account> accounts, CancellationToken cancellationToken)
    {
        // Makes the provider's parameters through the model's mappings; each statement keeps its own, so none is
        // bound, or looked up by name, in a statement it is not part of.
        await using var parameterFactory = db.CreateCommand(string.Empty);
        Statement[] statements =
        [
            InsertTransactions(db, parameterFactory, transactions),
            InsertPostings(db, parameterFactory, [.. transactions.SelectMany(t => t.Postings)]),
            UpdateAccounts(db, parameterFactory, accounts),
        ];
        var byId = transactions.ToDictionary(t => t.Id);
        var connection = db.Database.GetDbConnection();
        if (connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var statement in statements)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = statement.Sql;
                statement.Parameters.ForEach(parameter => command.Parameters.Add(parameter));
                batch.BatchCommands.Add(command);
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await ReadSequencesAsync(reader, byId, cancellationToken);
            while (await reader.NextResultAsync(cancellationToken))
            {
            }

            return;
        }

        // In-process SQLite has no round trip to save: the statements run one after the other.
        for (var i = 0; i < statements.Length; i++)
        {
            await using var command = db.CreateCommand(statements[i].Sql);
            command.Parameters.AddRange(statements[i].Parameters.ToArray());
            if (i == 0)
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await ReadSequencesAsync(reader, byId, cancellationToken);
            }
            else
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static async Task ReadSequencesAsync(DbDataReader reader, Dictionary<Guid, LedgerTransaction> byId, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            byId[reader.GetGuid(0)].Sequence = reader.GetInt64(1);
        }
    }

    private static Statement InsertTransactions(PointsDbContext db, DbCommand parameterFactory, IReadOnlyList<LedgerTransaction> transactions)
    {
        var rows = transactions.Select(t => new object?[]
            { t.Id, t.IdempotencyKey, t.ReferenceKind, t.ReferenceId, t.Description, t.CreatedAt, t.ReversesTransactionId, t.Hash });
        var source = Rows.Of<LedgerTransaction>(db, parameterFactory, "t", TransactionColumns, [.. rows]);
        var columns = string.Join(", ", TransactionColumns.Select(c => $"\"{c}\""));

        // The ids come back with the sequence numbers: the order of returned rows is not guaranteed.
        source.Sql = db.Database.ProviderName == Providers.SqlServer
            ? $"INSERT INTO \"{PointsTables.Transactions}\" ({columns}) OUTPUT INSERTED.\"Id\", INSERTED.\"Sequence\" {source.InsertSource}"
            : $"INSERT INTO \"{PointsTables.Transactions}\" ({columns}) {source.InsertSource} RETURNING \"Id\", \"Sequence\"";
        return source;
    }

    private static Statement InsertPostings(PointsDbContext db, DbCommand parameterFactory, IReadOnlyList<Posting> postings)
    {
        var rows = postings.Select(p => new object?[] { p.AccountId, p.AccountSequence, p.TransactionId, p.Amount, p.Unit, p.BalanceAfter, p.EarnedAt, p.Hash });
        var source = Rows.Of<Posting>(db, parameterFactory, "p", PostingColumns, [.. rows]);
        source.Sql = $"INSERT INTO \"{PointsTables.Postings}\" ({string.Join(", ", PostingColumns.Select(c => $"\"{c}\""))}) {source.InsertSource}";
        return source;
    }

    /// <summary>One UPDATE for all accounts, joined to their new values.</summary>
    private static Statement UpdateAccounts(PointsDbContext db, DbCommand parameterFactory, IEnumerable<Account> accounts)
    {
        var rows = accounts.Select(a => new object?[] { a.Id, a.Balance, a.LastSequence, a.HashHead });
        var source = Rows.Of<Account>(db, parameterFactory, "a", AccountColumns, [.. rows]);
        const string Table = $"\"{PointsTables.Accounts}\"";
        const string Set = "\"Balance\" = v.column2, \"LastSequence\" = v.column3, \"HashHead\" = v.column4";
        source.Sql = db.Database.ProviderName == Providers.SqlServer
            ? $"UPDATE a SET {Set} FROM {Table} AS a JOIN {source.AsTable("v")} ON a.\"Id\" = v.column1"
            : $"UPDATE {Table} SET {Set} FROM {source.AsTable("v")} WHERE {Table}.\"Id\" = v.column1";
        return source;
    }
}
