using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Transactions;

/// <summary>
/// Writes transactions: each applied once per idempotency key, never overdrawing an account that may not go below
/// zero, whatever the number of concurrent writers. Transfers of concurrent callers share database transactions
/// (<see cref="GroupCommit"/>); a reversal is written alone.
/// </summary>
public sealed class Ledger
{
    private readonly IDbContextFactory<PointsDbContext> _contexts;
    private readonly LedgerWriter _writer;
    private readonly GroupCommit _groupCommit;

    public Ledger(IDbContextFactory<PointsDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _writer = new LedgerWriter(clock);
        _groupCommit = new GroupCommit(contexts, _writer, (request, cancellationToken) => WriteAsync(request, reverses: null, cancellationToken));
    }

    /// <summary>Writes the transfer, or returns why not. A retry with the same key returns the first transaction.</summary>
    public async Task<TransferResult> TransferAsync(TransferRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TransferRules.IsWellFormed(request)
            ? await _groupCommit.WriteAsync(request, cancellationToken)
            : new TransferResult(TransferStatus.Invalid);
    }

    /// <summary>
    /// Writes a new transaction with the original's postings negated, referring to it. Refused when the
    /// original was reversed before, is itself a reversal, or the reversal would overdraw an account
    /// (points that were spent since cannot be taken back).
    /// </summary>
    public async Task<TransferResult> ReverseAsync(ReversalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var original = await GetTransactionAsync(request.TransactionId, cancellationToken);
        if (original is null)
        {
            return new TransferResult(TransferStatus.UnknownTransaction);
        }

        if (original.ReversesTransactionId is not null)
        {
            return new TransferResult(TransferStatus.NotReversible);
        }

        var reversal = request.ToTransfer(original);
        return TransferRules.IsWellFormed(reversal)
            ? await WriteAsync(reversal, original.Id, cancellationToken)
            : new TransferResult(TransferStatus.Invalid);
    }

    /// <summary>The transaction with this id, or null.</summary>
    public Task<PostedTransaction?> GetTransactionAsync(Guid transactionId, CancellationToken cancellationToken = default) =>
        FindAsync(t => t.Id == transactionId, cancellationToken);

    /// <summary>The transaction written under this idempotency key, or null.</summary>
    public Task<PostedTransaction?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        FindAsync(t => t.IdempotencyKey == idempotencyKey, cancellationToken);

    private async Task<TransferResult> WriteAsync(TransferRequest request, Guid? reverses, CancellationToken cancellationToken)
    {
        try
        {
            return await TryWriteAsync(request, reverses, cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException && !cancellationToken.IsCancellationRequested)
        {
            // The key is not looked up before writing (a round trip saved on every transfer): a retry, or a
            // concurrent writer that took the key or reversed the same transaction first, is refused by a unique
            // index, and the earlier outcome is reported. Any other failure is rethrown.
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            if (await EarlierOutcomeAsync(db, request.IdempotencyKey, reverses, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            throw;
        }
    }

    private async Task<TransferResult> TryWriteAsync(TransferRequest request, Guid? reverses, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var accounts = await LedgerWriter.LockAsync(db, request.Postings.Select(p => p.AccountId), cancellationToken);

        // A reversal is looked up only now that the locks are held, so a concurrent reversal that held them first is seen.
        if (reverses is not null && await EarlierOutcomeAsync(db, request.IdempotencyKey, reverses, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var result = await _writer.AppendAsync(db, accounts, request, reverses, cancellationToken);
        if (result.Status != TransferStatus.Applied)
        {
            // A retry of a transfer applied earlier is not refused because balances have moved on since.
            return await EarlierOutcomeAsync(db, request.IdempotencyKey, reverses, cancellationToken) ?? result;
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task<TransferResult?> EarlierOutcomeAsync(PointsDbContext db, string idempotencyKey, Guid? reverses, CancellationToken cancellationToken)
    {
        var earlier = await WithPostings(db).SingleOrDefaultAsync(t => t.IdempotencyKey == idempotencyKey, cancellationToken);
        if (earlier is not null)
        {
            return new TransferResult(TransferStatus.AlreadyApplied, PostedTransactions.ToView(earlier));
        }

        return reverses is { } original && await db.Transactions.AnyAsync(t => t.ReversesTransactionId == original, cancellationToken)
            ? new TransferResult(TransferStatus.AlreadyReversed)
            : null;
    }

    private async Task<PostedTransaction?> FindAsync(System.Linq.Expressions.Expression<Func<LedgerTransaction, bool>> predicate, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var transaction = await WithPostings(db).SingleOrDefaultAsync(predicate, cancellationToken);
        return transaction is null ? null : PostedTransactions.ToView(transaction);
    }

    private static IQueryable<LedgerTransaction> WithPostings(PointsDbContext db) =>
        db.Transactions.AsNoTracking().Include(t => t.Postings);
}
