namespace Charity.Marketplace.Assessment;

/// <summary>
/// How hard a dimension is hit, for a chart: the sum of its indicator scores against the most it could be,
/// and that as 0-100 with one decimal. Weights are left out: within one dimension they all cancel.
/// </summary>
public sealed record DimensionScore(string DimensionCode, int Points, int MaximumPoints, decimal Score);
