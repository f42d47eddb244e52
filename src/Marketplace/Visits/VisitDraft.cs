namespace Charity.Marketplace.Visits;

/// <summary>What a provider enters for a visit: the day, how long, who came, optional check-in and check-out, notes.</summary>
public sealed record VisitDraft(DateOnly Date, int Minutes, IReadOnlyList<Guid> VolunteerIds, string? Notes, TimeOnly? CheckIn = null, TimeOnly? CheckOut = null);
