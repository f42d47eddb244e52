namespace Charity.Matching.Indexing;

/// <summary>The one ranking of candidates: higher utility first, then the smaller id, so ties are deterministic.</summary>
internal static class MatchOrder
{
    public static bool Precedes(double utility, Guid id, double otherUtility, Guid otherId) =>
        utility > otherUtility || (utility == otherUtility && id.CompareTo(otherId) < 0);

    public static int Compare(Found left, Found right) =>
        Precedes(left.Utility, left.Id, right.Utility, right.Id) ? -1
        : Precedes(right.Utility, right.Id, left.Utility, left.Id) ? 1
        : 0;
}
