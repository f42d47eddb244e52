namespace Charity.Points.Reports;

/// <summary>One place of a leaderboard.</summary>
/// <param name="Rank">1 for the most credited; accounts with equal credits share none, they are ordered by id.</param>
/// <param name="AccountId">The account.</param>
/// <param name="Owner">Its opaque owner reference.</param>
/// <param name="Credits">The sum of its credits in the period.</param>
public sealed record AccountRanking(int Rank, Guid AccountId, string Owner, long Credits);
