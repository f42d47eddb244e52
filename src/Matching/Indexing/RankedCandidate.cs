namespace Charity.Matching.Indexing;

/// <summary>
/// An eligible candidate found for a query: the offer's id when offers were searched, the need's when needs were.
/// Ranked by <see cref="Utility"/> (= <see cref="Score"/> × <see cref="PriorityWeight"/>), higher first, then by id.
/// </summary>
public readonly record struct RankedCandidate(Guid Id, double DistanceKm, double Score, double PriorityWeight, double Utility);
