namespace Charity.Matching.Indexing;

/// <summary>Collects what a search finds and tells it which utility a candidate must at least reach to matter.</summary>
internal interface IMatchSink
{
    /// <summary>False while any eligible candidate would still be kept.</summary>
    bool IsFull { get; }

    /// <summary>When full, candidates below this utility are not wanted.</summary>
    double Threshold { get; }

    void Add(in Found found);
}
