namespace Charity.Marketplace.Rewards;

/// <summary>
/// What one volunteer was paid for one confirmed visit, after the daily cap (possibly nothing). One row per visit
/// and volunteer: it is how a redelivered event is recognised and how the day's total is counted for the cap.
/// </summary>
public sealed class VolunteerEarning
{
    private VolunteerEarning()
    {
    }

    public VolunteerEarning(Guid visitId, Guid volunteerId, DateOnly serviceDate, long points, int ruleSetNumber, Guid? transactionId, DateTimeOffset paidAt)
    {
        VisitId = visitId;
        VolunteerId = volunteerId;
        ServiceDate = serviceDate;
        Points = points;
        RuleSetNumber = ruleSetNumber;
        TransactionId = transactionId;
        PaidAt = paidAt;
    }

    public Guid VisitId { get; private set; }

    public Guid VolunteerId { get; private set; }

    public DateOnly ServiceDate { get; private set; }

    public long Points { get; private set; }

    public int RuleSetNumber { get; private set; }

    /// <summary>The ledger transaction that paid it; null when the cap left nothing to pay.</summary>
    public Guid? TransactionId { get; private set; }

    public DateTimeOffset PaidAt { get; private set; }
}
