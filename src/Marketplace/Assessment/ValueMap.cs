using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Charity.Marketplace.Assessment;

/// <summary>
/// A read-only dictionary compared by its entries (in any order) that keeps the order it was given in,
/// so settings serialise in the order an administrator sees them.
/// </summary>
internal sealed class ValueMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueMap<TKey, TValue>>
    where TKey : notnull
{
    private readonly KeyValuePair<TKey, TValue>[] _entries;
    private readonly Dictionary<TKey, TValue> _lookup;

    internal ValueMap(IEnumerable<KeyValuePair<TKey, TValue>> entries)
    {
        _entries = [.. entries];
        _lookup = new Dictionary<TKey, TValue>(_entries);
    }

    public int Count => _entries.Length;

    public IEnumerable<TKey> Keys => _entries.Select(e => e.Key);

    public IEnumerable<TValue> Values => _entries.Select(e => e.Value);

    public TValue this[TKey key] => _lookup[key];

    public bool ContainsKey(TKey key) => _lookup.ContainsKey(key);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _lookup.TryGetValue(key, out value);

    public bool Equals(ValueMap<TKey, TValue>? other) =>
        other is not null
        && other.Count == Count
        && _entries.All(e => other._lookup.TryGetValue(e.Key, out var value) && EqualityComparer<TValue>.Default.Equals(e.Value, value));

    public override bool Equals(object? obj) => obj is ValueMap<TKey, TValue> other && Equals(other);

    // Order-independent, like Equals.
    public override int GetHashCode() => _entries.Aggregate(Count, (hash, e) => hash ^ HashCode.Combine(e.Key, e.Value));

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<TKey, TValue>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

internal static class ValueMap
{
    public static IReadOnlyDictionary<TKey, TValue> Of<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> entries)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries as ValueMap<TKey, TValue> ?? new ValueMap<TKey, TValue>(entries);
    }
}
