namespace Charity.Marketplace.Visits;

/// <summary>A service visit of a referral as its provider logged it; notes never hold personal data (scanned on entry).</summary>
public sealed class Visit : IVersioned
{
    private Visit()
    {
        Notes = string.Empty;
        VolunteerIds = [];
        LoggedByName = string.Empty;
    }

    public Visit(Guid referralId, VisitDraft draft, Guid loggedBy, string loggedByName, DateTimeOffset loggedAt)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Id = Guid.CreateVersion7();
        ReferralId = referralId;
        VisitDate = draft.Date;
        Minutes = draft.Minutes;
        CheckIn = draft.CheckIn;
        CheckOut = draft.CheckOut;
        Notes = draft.Notes?.Trim() ?? string.Empty;
        VolunteerIds = [.. draft.VolunteerIds.Distinct()];
        LoggedById = loggedBy;
        LoggedByName = loggedByName;
        LoggedAt = loggedAt;
        Status = VisitStatus.Logged;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public DateOnly VisitDate { get; private set; }

    public int Minutes { get; private set; }

    public TimeOnly? CheckIn { get; private set; }

    public TimeOnly? CheckOut { get; private set; }

    public string Notes { get; private set; }

    /// <summary>The team's volunteers who came.</summary>
    public List<Guid> VolunteerIds { get; private set; }

    public Guid LoggedById { get; private set; }

    public string LoggedByName { get; private set; }

    public DateTimeOffset LoggedAt { get; private set; }

    public VisitStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The caseworker's question when the visit was queried.</summary>
    public string? Query { get; private set; }

    public Guid Version { get; set; }

    internal bool TryConfirm(DateTimeOffset at) => TryDecide(VisitStatus.Confirmed, null, at);

    internal bool TryQuery(string query, DateTimeOffset at) => TryDecide(VisitStatus.Queried, query, at);

    private bool TryDecide(VisitStatus status, string? query, DateTimeOffset at)
    {
        if (Status != VisitStatus.Logged)
        {
            return false;
        }

        (Status, Query, DecidedAt) = (status, query, at);
        return true;
    }
}
