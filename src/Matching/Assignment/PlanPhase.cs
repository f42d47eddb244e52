namespace Charity.Matching.Assignment;

/// <summary>How long one phase of an assignment took (wall clock, or summed over threads where <see cref="Name"/> says so).</summary>
public readonly record struct PlanPhase(string Name, TimeSpan Elapsed);
