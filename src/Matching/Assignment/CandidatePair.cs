namespace Charity.Matching.Assignment;

/// <summary>An eligible (need, offer) pair by position in the assigner's inputs.</summary>
internal readonly record struct CandidatePair(int Need, int Offer, double Utility);
