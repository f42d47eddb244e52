using Charity.Points.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Transactions;

/// <summary>
/// Reads and locks the accounts a transfer touches, so that balance checks and hash-chain links stay right
/// under concurrent writers. Rows are locked in id order, so two transfers over the same accounts cannot
/// deadlock. PostgreSQL and SQL Server lock the rows; SQLite serialises writers instead: the transaction is
/// begun IMMEDIATE (Microsoft.Data.Sqlite's default), which takes the database's write lock at once, and a
/// second writer waits for it up to the command timeout.
/// </summary>
internal static class AccountLocks
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string SqlServer = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>Must run inside a database transaction; the locks last until it ends.</summary>
    public static Task<List<Account>> LockAsync(PointsDbContext db, IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var placeholders = string.Join(", ", accountIds.Select((_, index) => $"{{{index}}}"));
        var table = $"\"{PointsTables.Accounts}\"";
        var condition = $"WHERE \"{nameof(Account.Id)}\" IN ({placeholders}) ORDER BY \"{nameof(Account.Id)}\"";
        var sql = db.Database.ProviderName switch
        {
            // NO KEY UPDATE: the strongest lock needed to update non-key columns; it still excludes other writers.
            Npgsql => $"SELECT * FROM {table} {condition} FOR NO KEY UPDATE",
            SqlServer => $"SELECT * FROM {table} WITH (UPDLOCK, ROWLOCK, HOLDLOCK) {condition}",
            _ => $"SELECT * FROM {table} {condition}",
        };
        return db.Accounts.FromSqlRaw(sql, accountIds.Cast<object>().ToArray()).ToListAsync(cancellationToken);
    }
}
