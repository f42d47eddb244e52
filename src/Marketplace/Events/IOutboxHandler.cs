namespace Charity.Marketplace.Events;

/// <summary>Delivers one type of outbox event. It must be idempotent: an event can be delivered more than once.</summary>
public interface IOutboxHandler
{
    /// <summary>The <see cref="OutboxMessage.Type"/> it handles.</summary>
    string EventType { get; }

    Task<OutboxDelivery> HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}

public enum OutboxDelivery
{
    Delivered = 1,

    /// <summary>Not now (a budget is empty, say): the message stays pending and is tried again on the next run.</summary>
    RetryLater = 2,
}
