namespace Charity.Matching.Indexing;

/// <summary>Every eligible candidate, in the order found.</summary>
internal sealed class AllMatches : IMatchSink
{
    public List<Found> Found { get; } = [];

    public bool IsFull => false;

    public double Threshold => double.NegativeInfinity;

    public void Add(in Found found) => Found.Add(found);
}
