namespace Charity.Matching.Assignment;

/// <summary>
/// Min-cost flow needs integer costs: a utility u becomes round(u × 10⁶). Utilities are at most 3, so a total over a
/// million needs stays far within 64 bits. The plan found is optimal for the rounded utilities, and since each
/// differs from the true one by at most 0.5 × 10⁻⁶, its true total is within n × 10⁻⁶ of the true optimum for n needs.
/// </summary>
public static class UtilityScale
{
    public const long PerUnit = 1_000_000;

    public static long Scale(double utility) => (long)Math.Round(utility * PerUnit, MidpointRounding.AwayFromZero);
}
