using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Referrals;

/// <summary>
/// A need referred to one provider's offer, followed until the service is done and confirmed. Every change goes
/// through <see cref="ReferralStateMachine"/>; the station keeps the link to the household, the provider sees only
/// the published need until it accepts.
/// </summary>
public sealed class Referral : IVersioned
{
    private Referral()
    {
        ServiceItemCode = string.Empty;
        ProposedByName = string.Empty;
    }

    public Referral(Guid needId, Guid publishedNeedId, Guid stationId, Guid offerId, Guid organisationId, string serviceItemCode, Urgency urgency, double distanceKm, Guid proposedBy, string proposedByName, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceItemCode);
        Id = Guid.CreateVersion7();
        NeedId = needId;
        PublishedNeedId = publishedNeedId;
        StationId = stationId;
        OfferId = offerId;
        OrganisationId = organisationId;
        ServiceItemCode = serviceItemCode;
        Urgency = urgency;
        DistanceKm = distanceKm;
        ProposedById = proposedBy;
        ProposedByName = proposedByName;
        ProposedAt = at;
        RespondBy = at + ResponseDeadlines.For(urgency);
        Status = ReferralStatus.Proposed;
        StatusChangedAt = at;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public Guid NeedId { get; private set; }

    public Guid PublishedNeedId { get; private set; }

    public Guid StationId { get; private set; }

    public Guid OfferId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string ServiceItemCode { get; private set; }

    public Urgency Urgency { get; private set; }

    /// <summary>From the need's approximate location to the offer's, shown rounded ("about N km").</summary>
    public double DistanceKm { get; private set; }

    public Guid ProposedById { get; private set; }

    public string ProposedByName { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    /// <summary>The provider must accept or decline by then, or the referral expires.</summary>
    public DateTimeOffset RespondBy { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DeclineReason? DeclineReason { get; private set; }

    /// <summary>The reason given on decline or cancellation; never personal data (checked by the scanner).</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset? ScheduledFor { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The beneficiary's satisfaction, 1 to 5, recorded by the caseworker on completion.</summary>
    public int? Satisfaction { get; private set; }

    public ReferralActor? CancelledBy { get; private set; }

    public Guid Version { get; set; }

    /// <summary>Moves to the state <paramref name="action"/> leads to, or returns false and changes nothing.</summary>
    public bool TryApply(ReferralAction action, ReferralActor actor, DateTimeOffset at)
    {
        if (ReferralStateMachine.Next(Status, action, actor) is not { } next)
        {
            return false;
        }

        Status = next;
        StatusChangedAt = at;
        if (action == ReferralAction.Accept)
        {
            AcceptedAt = at;
        }

        if (action == ReferralAction.Complete)
        {
            CompletedAt = at;
        }

        if (action == ReferralAction.Cancel)
        {
            CancelledBy = actor;
        }

        return true;
    }

    internal void RecordDecline(DeclineReason reason, string? note) => (DeclineReason, Reason) = (reason, note);

    internal void RecordReason(string reason) => Reason = reason;

    internal void RecordSchedule(DateTimeOffset at) => ScheduledFor = at;

    internal void RecordSatisfaction(int satisfaction) => Satisfaction = satisfaction;
}
