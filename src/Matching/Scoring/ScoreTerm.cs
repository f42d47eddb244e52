namespace Charity.Matching.Scoring;

/// <summary>One factor of a score: what it is, its value and what it was computed from.</summary>
public sealed record ScoreTerm(ScoreTermKind Kind, double Value, IReadOnlyList<ScoreInput> Inputs);
