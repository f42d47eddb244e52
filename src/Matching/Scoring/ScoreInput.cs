namespace Charity.Matching.Scoring;

/// <summary>One input of a score term.</summary>
public readonly record struct ScoreInput(ScoreInputKind Kind, double Value);
