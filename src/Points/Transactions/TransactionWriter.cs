using System.Data.Common;
using System.Globalization;
using System.Text;
using Charity.Points.Accounts;

namespace Charity.Points.Transactions;

/// <summary>
/// Writes a built transaction, its postings and the accounts' new balances and hash heads in one batch of
/// plain statements (one round trip), inside the transfer's database transaction; returns the sequence
/// number the database gave the transaction.
/// </summary>
internal static class TransactionWriter
{
    private static readonly string[] TransactionColumns =
        [nameof(LedgerTransaction.Id), nameof(LedgerTransaction.IdempotencyKey), nameof(LedgerTransaction.ReferenceKind), nameof(LedgerTransaction.ReferenceId),
         nameof(LedgerTransaction.Description), nameof(LedgerTransaction.CreatedAt), nameof(LedgerTransaction.ReversesTransactionId), nameof(LedgerTransaction.Hash)];

    private static readonly string[] PostingColumns =
        [nameof(Posting.AccountId), nameof(Posting.AccountSequence), nameof(Posting.TransactionId), nameof(Posting.Amount),
         nameof(Posting.Unit), nameof(Posting.BalanceAfter), nameof(Posting.EarnedAt), nameof(Posting.Hash)];

    public static async Task<long> WriteAsync(PointsDbContext db, LedgerTransaction transaction, IEnumerable<Account> accounts, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(string.Empty);
        var sql = new StringBuilder();
        AppendTransaction(sql, command, db, transaction);
        AppendPostings(sql, command, db, transaction.Postings);
        var index = 0;
        foreach (var account in accounts)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $"UPDATE \"{PointsTables.Accounts}\" SET \"Balance\" = @b{index}, \"LastSequence\" = @s{index}, \"HashHead\" = @h{index} WHERE \"Id\" = @a{index};");
            command.Add<Account>(db, nameof(Account.Balance), $"b{index}", account.Balance);
            command.Add<Account>(db, nameof(Account.LastSequence), $"s{index}", account.LastSequence);
            command.Add<Account>(db, nameof(Account.HashHead), $"h{index}", account.HashHead);
            command.Add<Account>(db, nameof(Account.Id), $"a{index}", account.Id);
            index++;
        }

        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var sequence = reader.GetInt64(0);

        // Drain the batch: some providers run the later statements only as the reader moves on.
        while (await reader.NextResultAsync(cancellationToken))
        {
        }

        return sequence;
    }

    private static void AppendTransaction(StringBuilder sql, DbCommand command, PointsDbContext db, LedgerTransaction transaction)
    {
        var columns = string.Join(", ", TransactionColumns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", TransactionColumns.Select(c => $"@t{c}"));
        sql.Append(db.Database.ProviderName == Providers.SqlServer
            ? $"INSERT INTO \"{PointsTables.Transactions}\" ({columns}) OUTPUT INSERTED.\"Sequence\" VALUES ({values});"
            : $"INSERT INTO \"{PointsTables.Transactions}\" ({columns}) VALUES ({values}) RETURNING \"Sequence\";");
        object?[] row =
            [transaction.Id, transaction.IdempotencyKey, transaction.ReferenceKind, transaction.ReferenceId,
             transaction.Description, transaction.CreatedAt, transaction.ReversesTransactionId, transaction.Hash];
        for (var i = 0; i < TransactionColumns.Length; i++)
        {
            command.Add<LedgerTransaction>(db, TransactionColumns[i], $"t{TransactionColumns[i]}", row[i]);
        }
    }

    private static void AppendPostings(StringBuilder sql, DbCommand command, PointsDbContext db, List<Posting> postings)
    {
        sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO \"{PointsTables.Postings}\" ({string.Join(", ", PostingColumns.Select(c => $"\"{c}\""))}) VALUES ");
        for (var p = 0; p < postings.Count; p++)
        {
            var posting = postings[p];
            object?[] row = [posting.AccountId, posting.AccountSequence, posting.TransactionId, posting.Amount, posting.Unit, posting.BalanceAfter, posting.EarnedAt, posting.Hash];
            sql.Append(p == 0 ? "(" : ", (").AppendJoin(", ", PostingColumns.Select(c => $"@p{p}{c}")).Append(')');
            for (var i = 0; i < PostingColumns.Length; i++)
            {
                command.Add<Posting>(db, PostingColumns[i], $"p{p}{PostingColumns[i]}", row[i]);
            }
        }

        sql.Append(';');
    }
}
