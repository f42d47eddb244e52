namespace Charity.Marketplace.Cases;

/// <summary>One entry of a case file's timeline. Append-only; the note never holds personal data.</summary>
public sealed class CaseFileEvent
{
    private CaseFileEvent()
    {
        ActorName = string.Empty;
    }

    public CaseFileEvent(Guid caseFileId, CaseEventKind kind, DateTimeOffset at, Guid actorId, string actorName, string? note = null)
    {
        Id = Guid.CreateVersion7();
        CaseFileId = caseFileId;
        Kind = kind;
        At = at;
        ActorId = actorId;
        ActorName = actorName;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid CaseFileId { get; private set; }

    public CaseEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string? Note { get; private set; }
}
