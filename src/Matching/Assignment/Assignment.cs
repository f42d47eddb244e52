namespace Charity.Matching.Assignment;

/// <summary>One need given to one offer, with the pair's priority-weighted utility.</summary>
public readonly record struct Assignment(Guid NeedId, Guid OfferId, double Utility);
