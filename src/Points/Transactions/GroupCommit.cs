using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Transactions;

/// <summary>
/// Writes the transfers of concurrent callers together: whatever has queued while the previous batch was being
/// written goes into one database transaction, which locks the union of the accounts once (in id order), checks
/// and builds the transfers one after the other against the balances the earlier ones left, writes them in one
/// round trip and commits once. The outcome is the one the transfers would have had written one by one, in queue
/// order. One batch is written at a time: a second one in flight split the queue into smaller batches and gained
/// nothing, and on SQLite it only waited for the write lock.
/// <para>
/// A transfer that the batch refuses, or whose key repeats in the batch, is written alone afterwards, where an
/// earlier transaction under its key is reported rather than the refusal. When the batch fails as a whole (a key
/// written meanwhile by another process trips the unique index, or the commit's outcome is unknown), every transfer
/// of it is written alone: the unique index makes that safe even where the batch did commit.
/// </para>
/// </summary>
internal sealed class GroupCommit(
    IDbContextFactory<PointsDbContext> contexts,
    LedgerWriter writer,
    Func<TransferRequest, CancellationToken, Task<TransferResult>> writeAlone)
{
    /// <summary>
    /// Batches stay below SQL Server's 2,100 parameters a command; larger batches gained nothing measurable on
    /// PostgreSQL or SQLite.
    /// </summary>
    private const int MaxParametersPerBatch = 2_000;

    private readonly ConcurrentQueue<PendingTransfer> _queue = new();
    private int _draining;

    /// <summary>
    /// The transfer that did not fit in the last batch; it opens the next one. Only the drainer touches it (peeking
    /// instead would keep the queue from reusing its segments).
    /// </summary>
    private PendingTransfer? _carriedOver;

    public Task<TransferResult> WriteAsync(TransferRequest request, CancellationToken cancellationToken)
    {
        var pending = new PendingTransfer(request, cancellationToken);
        _queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        return pending.Outcome.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = TakeBatch();
            if (batch.Count > 0)
            {
                await WriteBatchAsync(batch);

                // The callers of that batch resume on the thread pool; going behind them lets those that write again
                // join the next batch instead of waiting for the one after.
                await Task.Yield();
                continue;
            }

            // A full fence, not a volatile write: the store must be visible before the queue is looked at again, or
            // a caller that enqueues meanwhile still sees this drainer running, and its transfer waits for ever.
            Interlocked.Exchange(ref _draining, 0);

            // A transfer queued after the queue was found empty, but while this drainer still counted as running, is picked up here.
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _draining, 1, 0) != 0)
            {
                return;
            }
        }
    }

    private List<PendingTransfer> TakeBatch()
    {
        var batch = new List<PendingTransfer>();
        var parameters = 0;
        while (TakeNext() is { } next)
        {
            if (next.CancellationToken.IsCancellationRequested)
            {
                next.Outcome.TrySetCanceled(next.CancellationToken);
                continue;
            }

            var needed = TransactionWriter.ParametersFor(next.Request.Postings.Count);
            if (batch.Count > 0 && parameters + needed > MaxParametersPerBatch)
            {
                _carriedOver = next;
                break;
            }

            parameters += needed;
            batch.Add(next);
        }

        return batch;
    }

    private PendingTransfer? TakeNext()
    {
        if (_carriedOver is { } carried)
        {
            _carriedOver = null;
            return carried;
        }

        return _queue.TryDequeue(out var next) ? next : null;
    }

    private async Task WriteBatchAsync(List<PendingTransfer> batch)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var together = batch.Where(p => keys.Add(p.Request.IdempotencyKey)).ToList();
        var alone = batch.Except(together).ToList();
        try
        {
            var results = await WriteTogetherAsync(together);
            for (var i = 0; i < together.Count; i++)
            {
                if (results[i].Status == TransferStatus.Applied)
                {
                    together[i].Outcome.TrySetResult(results[i]);
                }
                else
                {
                    alone.Add(together[i]);
                }
            }
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException)
        {
            alone = batch;
        }
        catch (Exception exception)
        {
            batch.ForEach(p => p.Outcome.TrySetException(exception));
            return;
        }

        foreach (var pending in alone)
        {
            await WriteAloneAsync(pending);
        }
    }

    private async Task<TransferResult[]> WriteTogetherAsync(List<PendingTransfer> together)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var accounts = await LedgerWriter.LockAsync(db, together.SelectMany(p => p.Request.Postings.Select(posting => posting.AccountId)), CancellationToken.None);
        var results = await writer.AppendAllAsync(db, accounts, [.. together.Select(p => (p.Request, (Guid?)null))], CancellationToken.None);
        await transaction.CommitAsync();
        return results;
    }

    private async Task WriteAloneAsync(PendingTransfer pending)
    {
        try
        {
            pending.Outcome.TrySetResult(await writeAlone(pending.Request, pending.CancellationToken));
        }
        catch (OperationCanceledException) when (pending.CancellationToken.IsCancellationRequested)
        {
            pending.Outcome.TrySetCanceled(pending.CancellationToken);
        }
        catch (Exception exception)
        {
            pending.Outcome.TrySetException(exception);
        }
    }

    /// <summary>A class, not a record: two retries of one request are two waiting callers.</summary>
    private sealed class PendingTransfer(TransferRequest request, CancellationToken cancellationToken)
    {
        public TransferRequest Request { get; } = request;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource<TransferResult> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
