namespace Charity.Matching.Indexing;

/// <summary>The best <c>k</c> candidates seen so far, best first.</summary>
internal sealed class TopMatches : IMatchSink
{
    private readonly Found[] _best;
    private int _count;

    public TopMatches(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        _best = new Found[k];
    }

    public bool IsFull => _count == _best.Length;

    public double Threshold => IsFull ? _best[^1].Utility : double.NegativeInfinity;

    public ReadOnlySpan<Found> Best => _best.AsSpan(0, _count);

    /// <summary>The candidates kept, best first, as the indexes return them.</summary>
    public RankedCandidate[] ToRanked()
    {
        var ranked = new RankedCandidate[_count];
        for (var i = 0; i < _count; i++)
        {
            ranked[i] = OfferIndex.ToRanked(_best[i]);
        }

        return ranked;
    }

    public void Add(in Found found)
    {
        if (IsFull && !MatchOrder.Precedes(found.Utility, found.Id, _best[^1].Utility, _best[^1].Id))
        {
            return;
        }

        var position = IsFull ? _best.Length - 1 : _count++;
        while (position > 0 && MatchOrder.Precedes(found.Utility, found.Id, _best[position - 1].Utility, _best[position - 1].Id))
        {
            _best[position] = _best[position - 1];
            position--;
        }

        _best[position] = found;
    }
}
