using System.Text.Json;

namespace Charity.Marketplace.Events;

/// <summary>
/// A domain event written in the same transaction as the change that raised it, so it is published exactly when
/// the change is committed; a dispatcher delivers it later and marks it, and handlers are idempotent by event id.
/// </summary>
public sealed class OutboxMessage
{
    public const int FailureLength = 300;

    private OutboxMessage()
    {
        Type = string.Empty;
        Payload = string.Empty;
    }

    private OutboxMessage(string type, string payload, DateTimeOffset occurredAt)
    {
        Id = Guid.CreateVersion7();
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The event's type name, e.g. <c>VisitConfirmed</c>.</summary>
    public string Type { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    /// <summary>Deliveries tried that did not succeed; the dispatcher tries again on its next run.</summary>
    public int FailedAttempts { get; private set; }

    /// <summary>Why the last delivery did not succeed, for the bureau's operators.</summary>
    public string? LastFailure { get; private set; }

    public static OutboxMessage For<TEvent>(TEvent domainEvent, DateTimeOffset occurredAt)
        where TEvent : notnull =>
        new(typeof(TEvent).Name, JsonSerializer.Serialize(domainEvent), occurredAt);

    public TEvent Read<TEvent>() => JsonSerializer.Deserialize<TEvent>(Payload)
        ?? throw new InvalidOperationException($"Outbox message {Id} holds no {typeof(TEvent).Name}.");

    public void MarkDispatched(DateTimeOffset at) => DispatchedAt = at;

    public void RecordFailure(string reason)
    {
        FailedAttempts++;
        LastFailure = reason.Length <= FailureLength ? reason : reason[..FailureLength];
    }
}
