namespace Charity.Matching.Indexing;

/// <summary>An eligible entry found by a search, scored.</summary>
internal readonly record struct Found(int Entry, Guid Id, double DistanceKm, double Score, double PriorityWeight, double Utility);
