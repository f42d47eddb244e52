namespace Charity.Marketplace.Rewards;

/// <summary>
/// What one volunteer is owed for one confirmed visit after the daily cap (possibly nothing), and the ledger
/// transaction that paid it. The amount is settled once, when the row is written with its <see cref="VolunteerDay"/>;
/// paying may wait for an empty budget and is retried with the same amount.
/// </summary>
public sealed class VolunteerEarning
{
    public const int DescriptionLength = 100;

    private VolunteerEarning()
    {
        Description = string.Empty;
    }

    public VolunteerEarning(Guid visitId, Guid volunteerId, DateOnly serviceDate, long points, int ruleSetNumber, string description, DateTimeOffset settledAt)
    {
        VisitId = visitId;
        VolunteerId = volunteerId;
        ServiceDate = serviceDate;
        Points = points;
        RuleSetNumber = ruleSetNumber;
        Description = description;
        SettledAt = settledAt;
    }

    public Guid VisitId { get; private set; }

    public Guid VolunteerId { get; private set; }

    public DateOnly ServiceDate { get; private set; }

    public long Points { get; private set; }

    public int RuleSetNumber { get; private set; }

    /// <summary>How the amount was reached, as the statement shows it.</summary>
    public string Description { get; private set; }

    public DateTimeOffset SettledAt { get; private set; }

    /// <summary>The ledger transaction that paid it; null until paid, and for nothing owed.</summary>
    public Guid? TransactionId { get; private set; }

    public bool AwaitsPayment => Points > 0 && TransactionId is null;

}
