using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Needs;

/// <summary>
/// A need as the station keeps it: linked to the household's file and assessment, ranked by hardship.
/// What providers see is its <see cref="PublishedNeed"/>, which has no way back to the household.
/// </summary>
public sealed class Need : IVersioned
{
    private Need()
    {
        ServiceItemCode = string.Empty;
        Description = string.Empty;
    }

    public Need(Guid caseFileId, Guid assessmentId, string serviceItemCode, NeedWindow window, NeedFrequency frequency, string description, Urgency urgency, decimal hardshipIndex, DateTimeOffset createdAt, Guid publishedNeedId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceItemCode);
        Id = Guid.CreateVersion7();
        CaseFileId = caseFileId;
        AssessmentId = assessmentId;
        ServiceItemCode = serviceItemCode;
        WindowStart = window.Start;
        WindowEnd = window.End;
        Frequency = frequency;
        Description = description;
        Urgency = urgency;
        HardshipIndex = hardshipIndex;
        CreatedAt = createdAt;
        PublishedNeedId = publishedNeedId;
        Status = NeedStatus.Open;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public Guid CaseFileId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public string ServiceItemCode { get; private set; }

    public DateOnly WindowStart { get; private set; }

    public DateOnly WindowEnd { get; private set; }

    public NeedFrequency Frequency { get; private set; }

    public string Description { get; private set; }

    public Urgency Urgency { get; private set; }

    public decimal HardshipIndex { get; private set; }

    public NeedStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid PublishedNeedId { get; private set; }

    public Guid Version { get; set; }

    /// <summary>Moves the need along the referral loop; <see cref="PublishedNeed"/> follows, so the open pool stays true.</summary>
    internal void ChangeStatus(NeedStatus status, PublishedNeed published)
    {
        ArgumentNullException.ThrowIfNull(published);
        Status = status;
        published.ChangeStatus(status);
    }
}

/// <summary>The days within which the service is wanted.</summary>
public readonly record struct NeedWindow(DateOnly Start, DateOnly End);
