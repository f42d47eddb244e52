using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Charity.Marketplace.Events;

/// <summary>
/// Delivers pending outbox events to their handlers, oldest first, and marks each delivered. A message whose
/// handler fails stays pending with the reason and is tried again after the others. Run by one scheduled job at a time.
/// </summary>
public sealed partial class OutboxDispatcher(
    IDbContextFactory<MarketplaceDbContext> contextFactory, IEnumerable<IOutboxHandler> handlers, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = handlers.ToDictionary(h => h.EventType, StringComparer.Ordinal);

    /// <summary>Delivers up to <paramref name="batchSize"/> pending messages; returns how many were delivered.</summary>
    public async Task<int> DispatchPendingAsync(int batchSize = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Messages that failed before go last, so a backlog waiting for an empty budget never starves newer events.
        var pending = await db.Outbox.Where(m => m.DispatchedAt == null)
            .OrderBy(m => m.FailedAttempts).ThenBy(m => m.OccurredAt).ThenBy(m => m.Id).Take(batchSize).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var message in pending)
        {
            if (await DeliverAsync(message, cancellationToken))
            {
                message.MarkDispatched(clock.GetUtcNow());
                delivered++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return delivered;
    }

    /// <summary>How many events wait for delivery, and how many of them failed at least once.</summary>
    public async Task<OutboxBacklog> BacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = db.Outbox.Where(m => m.DispatchedAt == null);
        return new OutboxBacklog(await pending.CountAsync(cancellationToken), await pending.CountAsync(m => m.FailedAttempts > 0, cancellationToken));
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(message.Type, out var handler))
        {
            // Nothing listens for this event (yet): it has been published, and that is all.
            return true;
        }

        try
        {
            if (await handler.HandleAsync(message, cancellationToken) == OutboxDelivery.Delivered)
            {
                return true;
            }

            message.RecordFailure("retry later");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever one message does wrong (a malformed payload, a refused write), the others are still delivered.
            LogFailed(logger, exception, message.Type, message.Id);
            message.RecordFailure($"{exception.GetType().Name}: {exception.Message}");
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {Type} event {Id} failed; it stays pending.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string type, Guid id);
}

/// <summary>Events waiting for delivery.</summary>
public sealed record OutboxBacklog(int Pending, int Failing);
