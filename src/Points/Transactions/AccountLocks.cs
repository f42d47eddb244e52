using Charity.Points.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Transactions;

/// <summary>
/// Reads and locks the accounts a transfer touches, so that balance checks and hash-chain links stay right
/// under concurrent writers. Rows are locked in id order, so two transfers over the same accounts cannot
/// deadlock. PostgreSQL and SQL Server lock the rows; SQLite serialises writers instead: the transaction is
/// begun IMMEDIATE (Microsoft.Data.Sqlite's default), which takes the database's write lock at once, and a
/// second writer waits for it up to the command timeout. Plain ADO.NET: EF's query pipeline cost more than
/// the round trip on the hot path.
/// </summary>
internal static class AccountLocks
{
    /// <summary>Must run inside a database transaction; the locks last until it ends.</summary>
    public static async Task<Dictionary<Guid, Account>> LockAsync(PointsDbContext db, IReadOnlyList<Guid> accountIds, CancellationToken cancellationToken)
    {
        const string Columns = "\"Id\", \"Owner\", \"Kind\", \"Unit\", \"Balance\", \"LastSequence\", \"HashHead\"";
        const string Table = $"\"{PointsTables.Accounts}\"";
        var isPostgres = db.Database.ProviderName == Providers.Npgsql;

        // On PostgreSQL the ids travel as one array, so the statement's text is the same for any number of accounts
        // and is prepared once per connection.
        var ids = isPostgres ? "= ANY(@ids)" : $"IN ({string.Join(", ", accountIds.Select((_, index) => $"@a{index}"))})";
        var condition = $"WHERE \"Id\" {ids} ORDER BY \"Id\"";
        var sql = db.Database.ProviderName switch
        {
            // NO KEY UPDATE: the weakest lock that excludes other writers of the row; it lets foreign-key checks through.
            Providers.Npgsql => $"SELECT {Columns} FROM {Table} {condition} FOR NO KEY UPDATE",
            Providers.SqlServer => $"SELECT {Columns} FROM {Table} WITH (UPDLOCK, ROWLOCK, HOLDLOCK) {condition}",
            _ => $"SELECT {Columns} FROM {Table} {condition}",
        };
        await using var command = db.CreateCommand(sql);
        if (isPostgres)
        {
            command.Parameters.Add(command.CreateArrayParameter<Account>(db, nameof(Account.Id), "@ids", [.. accountIds.Select(id => (object?)id)]));
        }
        else
        {
            for (var index = 0; index < accountIds.Count; index++)
            {
                command.Add<Account>(db, nameof(Account.Id), $"@a{index}", accountIds[index]);
            }
        }

        var accounts = new Dictionary<Guid, Account>(accountIds.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var account = new Account
            {
                Id = reader.GetGuid(0),
                Owner = reader.GetString(1),
                Kind = Enum.Parse<AccountKind>(reader.GetString(2)),
                Unit = reader.GetString(3),
                Balance = reader.GetInt64(4),
                LastSequence = reader.GetInt64(5),
                HashHead = reader.GetFieldValue<byte[]>(6),
            };
            accounts.Add(account.Id, account);
        }

        return accounts;
    }
}
