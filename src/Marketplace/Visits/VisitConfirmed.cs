namespace Charity.Marketplace.Visits;

/// <summary>
/// A caseworker confirmed that a visit took place: the event volunteers are paid sea-shell points for. Its
/// <see cref="VisitId"/> is the idempotency key of any payment, so a redelivered event pays nothing twice.
/// </summary>
public sealed record VisitConfirmed(
    Guid VisitId,
    Guid ReferralId,
    Guid OrganisationId,
    string ServiceItemCode,
    DateOnly VisitDate,
    int Minutes,
    IReadOnlyList<Guid> VolunteerIds,
    DateTimeOffset ConfirmedAt);
