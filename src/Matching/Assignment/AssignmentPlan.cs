namespace Charity.Matching.Assignment;

/// <summary>
/// The pairs chosen by an assigner. <see cref="TotalUtility"/> sums the pairs' utilities; <see cref="ScaledUtility"/>
/// sums them rounded to integers of <see cref="UtilityScale.PerUnit"/>, the quantity the optimal assigner maximises
/// exactly (and so the one to compare plans by). <see cref="Phases"/> says where the time went, for diagnostics.
/// </summary>
public sealed record AssignmentPlan(IReadOnlyList<Assignment> Assignments, double TotalUtility, long ScaledUtility, int EligiblePairs)
{
    public IReadOnlyList<PlanPhase> Phases { get; init; } = [];
}
