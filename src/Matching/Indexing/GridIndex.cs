using Charity.Matching.Geo;
using Charity.Matching.Model;
using Charity.Matching.Scoring;

namespace Charity.Matching.Indexing;

/// <summary>
/// Offers or needs in ~1 km cells of a <see cref="GeoGrid"/>, bucketed per service item (so a category is a run of
/// adjacent buckets), stored as flat arrays sorted by (cell, bucket) with a start offset per (cell, bucket).
/// <para>
/// A search walks rings of cells outward from the query's cell. Each factor of the utility is at most 1 except the
/// static ones, so utility ≤ fit × (1 − dmin / r) × max static × query factor for any entry at least dmin away with
/// radius at most r. The walk stops when that bound, taken for the nearest point of the next ring and the largest
/// radius and static factor of each bucket, falls below the current k-th utility; within a ring, a cell is skipped on
/// its own bound (below), and an entry on the chord distance (never more than the great-circle distance). Only then
/// is the exact score computed, by the same functions a plain scan uses, so the result equals a plain scan's to the
/// last bit. Bounds get a relative slack of 1e-9 and 1 mm against rounding. The grid does not wrap at the antimeridian.
/// </para>
/// <para>
/// A cell's bound: the entries of a (cell, bucket) reach at most g(d) = max over entries of static × max(0, 1 − d / r)
/// at a distance of at least d. Each term is convex and non-increasing in d, so g is too: it lies below the chord
/// between any two of its values, and below its value at the last sample beyond it. g is sampled at
/// <see cref="EnvelopeSamples"/> distances a cell size apart when the index is built, and a cell is bounded by the
/// interpolation of those samples at its nearest point (also never more than the old max static × (1 − d / max r)).
/// The entries of a (cell, bucket) are stored by static factor, highest first, so a scan stops at the first entry
/// whose static factor cannot reach the k-th utility even at the cell's nearest point.
/// </para>
/// <para>
/// The nearest point of a cell comes from per-row and per-column haversine terms computed once per query as the rings
/// reach them; the distance 2R·√h is used instead of 2R·asin(√h), never more since asin x ≥ x.
/// </para>
/// </summary>
internal sealed class GridIndex
{
    private const double BaseCellKm = 1.0;
    private const double RelativeSlack = 1e-9;
    private const double AbsoluteSlackKm = 1e-6;
    private const double RadiansPerDegree = Math.PI / 180;
    private const int EnvelopeSamples = 6;
    private const int SlotStride = EnvelopeSamples + 2;
    private const double EnvelopeAbsoluteSlack = 1e-12;

    /// <summary>How far the chord between float coordinates can be from the exact one: √3 coordinate errors, rounded up.</summary>
    private const double FloatChordErrorKm = 2 * ScanEntry.CoordinateErrorKm;

    [ThreadStatic]
    private static double[]? t_rowLatitudeHaversine;

    [ThreadStatic]
    private static double[]? t_rowLongitudeFactor;

    [ThreadStatic]
    private static double[]? t_columnHaversine;

    private readonly GeoGrid _grid;
    private readonly int _level;
    private readonly int _firstRow;
    private readonly int _firstColumn;
    private readonly int _rows;
    private readonly int _columns;
    private readonly int _bucketCount;
    private readonly double _cellHeightDegrees;
    private readonly double _cellWidthDegrees;
    private readonly double _lowestCosineOfLatitude;
    private readonly double _envelopeStepKm;
    private readonly bool _staticIsWeight;

    private readonly int[] _cellStart;

    /// <summary>
    /// Per (cell, bucket) slot: max radius, max static factor, then the envelope g at 0, 1, … cell sizes, as floats
    /// rounded up (still upper bounds, and 32 bytes a slot so that a query's buckets of a cell share a cache line or two).
    /// </summary>
    private readonly float[] _slotBounds;
    private readonly double[] _bucketMaxRadius;
    private readonly double[] _bucketMaxStatic;

    private readonly ExactEntry[] _exact;
    private readonly int[] _sources;
    private readonly ScanEntry[] _scan;

    /// <param name="entries">What to index.</param>
    /// <param name="catalog">Numbers the entries' items as buckets.</param>
    /// <param name="staticIsWeight">True for needs (their static factor is the priority weight), false for offers (their strength).</param>
    /// <param name="entriesPerSlot">How many entries a (cell, bucket) slot should hold on average: sets the cell size (see <see cref="LevelFor"/>).</param>
    public GridIndex(IReadOnlyList<GridEntry> entries, ServiceCatalog catalog, bool staticIsWeight, int entriesPerSlot)
    {
        _staticIsWeight = staticIsWeight;
        _bucketCount = Math.Max(1, catalog.Count);
        _grid = new GeoGrid(ReferenceLatitudeOf(entries), BaseCellKm);

        var baseCells = new GridCell[entries.Count];
        int minRow = int.MaxValue, maxRow = int.MinValue, minColumn = int.MaxValue, maxColumn = int.MinValue;
        var lowestCosine = 1.0;
        for (var i = 0; i < entries.Count; i++)
        {
            var cell = _grid.CellOf(entries[i].Location);
            baseCells[i] = cell;
            (minRow, maxRow) = (Math.Min(minRow, cell.Row), Math.Max(maxRow, cell.Row));
            (minColumn, maxColumn) = (Math.Min(minColumn, cell.Column), Math.Max(maxColumn, cell.Column));
            lowestCosine = Math.Min(lowestCosine, Math.Cos(entries[i].Location.Latitude * RadiansPerDegree));
        }

        _lowestCosineOfLatitude = Math.Max(0, lowestCosine);
        _level = entries.Count == 0 ? 0 : LevelFor(minRow, maxRow, minColumn, maxColumn, entries.Count, entriesPerSlot);
        _firstRow = entries.Count == 0 ? 0 : minRow >> _level;
        _firstColumn = entries.Count == 0 ? 0 : minColumn >> _level;
        _rows = entries.Count == 0 ? 0 : (maxRow >> _level) - _firstRow + 1;
        _columns = entries.Count == 0 ? 0 : (maxColumn >> _level) - _firstColumn + 1;
        _cellHeightDegrees = _grid.CellHeightDegrees(_level);
        _cellWidthDegrees = _grid.CellWidthDegrees(_level);
        _envelopeStepKm = _grid.CellSizeKm(_level);

        var sorted = new SortKey[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var cell = baseCells[i].AncestorAt(_level);
            var key = (((cell.Row - _firstRow) * _columns) + (cell.Column - _firstColumn)) * _bucketCount + catalog.BucketOf(entries[i].Item);
            sorted[i] = new SortKey(key, entries[i].StaticFactor, i);
        }

        sorted.AsSpan().Sort(default(SortKeyOrder));

        var slots = _rows * _columns * _bucketCount;
        _cellStart = new int[slots + 1];
        _slotBounds = new float[(long)slots * SlotStride];
        _bucketMaxRadius = new double[_bucketCount];
        _bucketMaxStatic = new double[_bucketCount];
        _exact = new ExactEntry[entries.Count];
        _sources = new int[entries.Count];
        _scan = new ScanEntry[entries.Count];

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[sorted[i].Entry];
            var key = sorted[i].Slot;
            var bucket = key % _bucketCount;
            _cellStart[key + 1]++;
            var bounds = _slotBounds.AsSpan(key * SlotStride, SlotStride);
            bounds[0] = Math.Max(bounds[0], ScanEntry.RoundUp(entry.RadiusKm));
            bounds[1] = Math.Max(bounds[1], ScanEntry.RoundUp(entry.StaticFactor));
            for (var sample = 0; sample < EnvelopeSamples; sample++)
            {
                bounds[2 + sample] = Math.Max(bounds[2 + sample], ScanEntry.RoundUp(entry.StaticFactor * Math.Max(0, 1 - sample * _envelopeStepKm / entry.RadiusKm)));
            }

            _bucketMaxRadius[bucket] = Math.Max(_bucketMaxRadius[bucket], entry.RadiusKm);
            _bucketMaxStatic[bucket] = Math.Max(_bucketMaxStatic[bucket], entry.StaticFactor);
            _exact[i] = new ExactEntry(entry.Id, entry.Location, entry.RadiusKm, entry.StaticFactor);
            _sources[i] = entry.Source;
            var (x, y, z) = CartesianKm(entry.Location);
            _scan[i] = new ScanEntry(x, y, z, entry.StaticFactor, entry.RadiusKm, entry.Hours, entry.ServedMask);
        }

        for (var slot = 0; slot < slots; slot++)
        {
            _cellStart[slot + 1] += _cellStart[slot];
        }
    }

    public int Count => _exact.Length;

    /// <summary>The position in the build input of the entry found at <paramref name="entry"/>.</summary>
    public int SourceOf(int entry) => _sources[entry];

    /// <summary>Feeds every eligible entry that can still matter to <paramref name="sink"/>.</summary>
    public void Search<TSink>(in GridQuery query, TSink sink)
        where TSink : IMatchSink
    {
        if (Count == 0 || query.Buckets.Length == 0)
        {
            return;
        }

        var rowLatitudeHaversine = Scratch(ref t_rowLatitudeHaversine, _rows);
        var rowLongitudeFactor = Scratch(ref t_rowLongitudeFactor, _rows);
        var columnHaversine = Scratch(ref t_columnHaversine, _columns);
        var walk = new RingWalk<TSink>(this, query, sink, rowLatitudeHaversine, rowLongitudeFactor, columnHaversine);
        for (var ring = 0; ; ring++)
        {
            if ((ring > 0 && walk.SquareCoversGrid(ring - 1)) || !walk.AnyBucketCanScore(walk.RingLowerBoundKm(ring)))
            {
                return;
            }

            walk.VisitRing(ring);
        }
    }

    internal static double LowerBoundWithSlack(double distanceKm) =>
        Math.Max(0, distanceKm * (1 - RelativeSlack) - AbsoluteSlackKm);

    /// <summary>The largest utility an entry at least <paramref name="lowerDistanceKm"/> away can have, or −1 when it is out of reach.</summary>
    internal static double UtilityBound(double fit, double lowerDistanceKm, double radiusKm, double maxStatic, double queryFactor) =>
        lowerDistanceKm > radiusKm ? -1 : fit * (1 - lowerDistanceKm / radiusKm) * maxStatic * queryFactor * (1 + RelativeSlack);

    private static double[] Scratch(ref double[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer = new double[Math.Max(length, 64)];
        }

        return buffer;
    }

    private static (double X, double Y, double Z) CartesianKm(GeoPoint point)
    {
        var latitude = point.Latitude * RadiansPerDegree;
        var longitude = point.Longitude * RadiansPerDegree;
        var cosLatitude = Math.Cos(latitude);
        return (GeoPoint.EarthRadiusKm * cosLatitude * Math.Cos(longitude), GeoPoint.EarthRadiusKm * cosLatitude * Math.Sin(longitude), GeoPoint.EarthRadiusKm * Math.Sin(latitude));
    }

    private static double ReferenceLatitudeOf(IReadOnlyList<GridEntry> entries)
    {
        if (entries.Count == 0)
        {
            return 0;
        }

        var (min, max) = (double.MaxValue, double.MinValue);
        foreach (var entry in entries)
        {
            (min, max) = (Math.Min(min, entry.Location.Latitude), Math.Max(max, entry.Location.Latitude));
        }

        return Math.Clamp((min + max) / 2, -80, 80);
    }

    /// <summary>
    /// The finest level whose grid over the entries' box has no more slots than one per <paramref name="entriesPerSlot"/>
    /// entries: coarse enough that a search walks few cells (each costs bound arithmetic and cache misses), fine enough
    /// that the scans, which stop early in each slot sorted by static factor, stay short.
    /// </summary>
    private int LevelFor(int minRow, int maxRow, int minColumn, int maxColumn, int count, int entriesPerSlot)
    {
        var budget = Math.Max(1L, count / entriesPerSlot);
        for (var level = 0; level <= GeoGrid.MaxLevel; level++)
        {
            var slots = (long)((maxRow >> level) - (minRow >> level) + 1) * ((maxColumn >> level) - (minColumn >> level) + 1) * _bucketCount;
            if (slots <= budget)
            {
                return level;
            }
        }

        return GeoGrid.MaxLevel;
    }

    /// <summary>The state of one search: the query's position in the grid and the geometry of ring distances.</summary>
    private readonly ref struct RingWalk<TSink>
        where TSink : IMatchSink
    {
        private readonly GridIndex _index;
        private readonly GridQuery _query;
        private readonly TSink _sink;
        private readonly int _queryRow;
        private readonly int _queryColumn;
        private readonly double _queryLatitude;
        private readonly double _queryLongitude;
        private readonly double _queryCosineOfLatitude;
        private readonly double _qx;
        private readonly double _qy;
        private readonly double _qz;
        private readonly Span<double> _rowLatitudeHaversine;
        private readonly Span<double> _rowLongitudeFactor;
        private readonly Span<double> _columnHaversine;

        public RingWalk(GridIndex index, GridQuery query, TSink sink, Span<double> rowLatitudeHaversine, Span<double> rowLongitudeFactor, Span<double> columnHaversine)
        {
            _index = index;
            _rowLatitudeHaversine = rowLatitudeHaversine;
            _rowLongitudeFactor = rowLongitudeFactor;
            _columnHaversine = columnHaversine;
            _query = query;
            _sink = sink;
            var cell = index._grid.CellOf(query.Location, index._level);
            _queryRow = cell.Row - index._firstRow;
            _queryColumn = cell.Column - index._firstColumn;
            _queryLatitude = query.Location.Latitude;
            _queryLongitude = query.Location.Longitude;
            _queryCosineOfLatitude = query.Location.CosineOfLatitude;
            (_qx, _qy, _qz) = CartesianKm(query.Location);
        }

        public bool SquareCoversGrid(int ring) =>
            _queryRow - ring <= 0 && _queryRow + ring >= _index._rows - 1 && _queryColumn - ring <= 0 && _queryColumn + ring >= _index._columns - 1;

        /// <summary>No point of a cell of <paramref name="ring"/> is nearer: a ring cell lies on its outer rows (latitude gap) or columns (longitude gap).</summary>
        public double RingLowerBoundKm(int ring)
        {
            if (ring == 0)
            {
                return 0;
            }

            var rows = GeoPoint.EarthRadiusKm * Math.Min(LatitudeGapRadians(_queryRow - ring), LatitudeGapRadians(_queryRow + ring));
            var columnsHaversine = _queryCosineOfLatitude * _index._lowestCosineOfLatitude
                * Math.Min(LongitudeHaversine(_queryColumn - ring), LongitudeHaversine(_queryColumn + ring));
            return LowerBoundWithSlack(Math.Min(rows, ArcKm(columnsHaversine)));
        }

        public bool AnyBucketCanScore(double lowerDistanceKm)
        {
            foreach (var (bucket, fit) in _query.Buckets)
            {
                var radius = Math.Min(_query.RadiusKm, _index._bucketMaxRadius[bucket]);
                if (CanScore(UtilityBound(fit, lowerDistanceKm, radius, _index._bucketMaxStatic[bucket], _query.QueryFactor)))
                {
                    return true;
                }
            }

            return false;
        }

        public void VisitRing(int ring)
        {
            int top = _queryRow - ring, bottom = _queryRow + ring, left = _queryColumn - ring, right = _queryColumn + ring;
            int firstColumn = Math.Max(left, 0), lastColumn = Math.Min(right, _index._columns - 1);
            PrepareRow(top);
            PrepareRow(bottom);
            PrepareColumn(left);
            PrepareColumn(right);
            if (top >= 0 && top < _index._rows)
            {
                VisitRow(top, firstColumn, lastColumn, 1);
            }

            if (ring > 0 && bottom >= 0 && bottom < _index._rows)
            {
                VisitRow(bottom, firstColumn, lastColumn, 1);
            }

            for (var row = Math.Max(top + 1, 0); row <= Math.Min(bottom - 1, _index._rows - 1); row++)
            {
                VisitRow(row, left, right, right - left);
            }
        }

        /// <summary>The haversine terms of a row newly reached by the rings: every row of the square walked so far has them.</summary>
        private void PrepareRow(int row)
        {
            if (row >= 0 && row < _index._rows)
            {
                var gap = Math.Sin(LatitudeGapRadians(row) / 2);
                _rowLatitudeHaversine[row] = gap * gap;
                _rowLongitudeFactor[row] = _queryCosineOfLatitude * LowestCosineOfRow(row);
            }
        }

        private void PrepareColumn(int column)
        {
            if (column >= 0 && column < _index._columns)
            {
                _columnHaversine[column] = LongitudeHaversine(column);
            }
        }

        /// <summary>Visits the columns from <paramref name="firstColumn"/> to <paramref name="lastColumn"/> by <paramref name="step"/> that lie in the grid.</summary>
        private void VisitRow(int row, int firstColumn, int lastColumn, int step)
        {
            var latitudeHaversine = _rowLatitudeHaversine[row];
            var longitudeFactor = _rowLongitudeFactor[row];
            var cellStart = _index._cellStart;
            var bucketCount = _index._bucketCount;
            for (var column = firstColumn; column <= lastColumn; column += step)
            {
                if (column < 0 || column >= _index._columns)
                {
                    continue;
                }

                var firstSlot = (row * _index._columns + column) * bucketCount;
                if (cellStart[firstSlot] == cellStart[firstSlot + bucketCount])
                {
                    continue;
                }

                var haversine = Math.Min(1, latitudeHaversine + longitudeFactor * _columnHaversine[column]);
                VisitCell(firstSlot, LowerBoundWithSlack(2 * GeoPoint.EarthRadiusKm * Math.Sqrt(haversine)));
            }
        }

        private void VisitCell(int firstSlot, double lowerDistanceKm)
        {
            foreach (var (bucket, fit) in _query.Buckets)
            {
                var slot = firstSlot + bucket;
                int start = _index._cellStart[slot], end = _index._cellStart[slot + 1];
                if (start == end)
                {
                    continue;
                }

                var bounds = _index._slotBounds.AsSpan(slot * SlotStride, SlotStride);
                var radius = Math.Min(_query.RadiusKm, bounds[0]);
                if (lowerDistanceKm > radius)
                {
                    continue;
                }

                var reach = Math.Min(Envelope(bounds, lowerDistanceKm) + EnvelopeAbsoluteSlack, bounds[1] * (1 - lowerDistanceKm / radius));
                if (CanScore(fit * reach * _query.QueryFactor * (1 + RelativeSlack)))
                {
                    ScanEntries(start, end, fit, lowerDistanceKm, radius);
                }
            }
        }

        /// <summary>The envelope g at <paramref name="distanceKm"/>, interpolated between samples (g is convex) or held at the last one (g is non-increasing).</summary>
        private double Envelope(ReadOnlySpan<float> bounds, double distanceKm)
        {
            var position = distanceKm / _index._envelopeStepKm;
            if (position >= EnvelopeSamples - 1)
            {
                return bounds[2 + EnvelopeSamples - 1];
            }

            var sample = (int)position;
            var (near, far) = ((double)bounds[2 + sample], (double)bounds[3 + sample]);
            return near + (far - near) * (position - sample);
        }

        /// <summary>Scans a slot's entries, highest static factor first, until none can reach the k-th utility from <paramref name="cellLowerKm"/> within <paramref name="cellRadiusKm"/>.</summary>
        private void ScanEntries(int start, int end, double fit, double cellLowerKm, double cellRadiusKm)
        {
            var index = _index;
            var cellBound = fit * (1 - cellLowerKm / cellRadiusKm) * _query.QueryFactor * (1 + RelativeSlack);
            var scan = index._scan;
            for (var i = start; i < end; i++)
            {
                ref readonly var entry = ref scan[i];
                if (_sink.IsFull && entry.StaticBound * cellBound < _sink.Threshold)
                {
                    return;
                }

                if (!entry.Hours.Overlaps(_query.Hours) || (entry.Served & _query.ServedMask) == 0)
                {
                    continue;
                }

                double dx = entry.X - _qx, dy = entry.Y - _qy, dz = entry.Z - _qz;
                var chordLowerKm = Math.Max(0, LowerBoundWithSlack(Math.Sqrt(dx * dx + dy * dy + dz * dz)) - FloatChordErrorKm);
                if (!CanScore(UtilityBound(fit, chordLowerKm, Math.Min(entry.RadiusBoundKm, _query.RadiusKm), entry.StaticBound, _query.QueryFactor)))
                {
                    continue;
                }

                ref readonly var exact = ref index._exact[i];
                var radius = Math.Min(exact.RadiusKm, _query.RadiusKm);
                var entryLocation = exact.Location;
                var distanceKm = index._staticIsWeight
                    ? _query.Location.DistanceKmTo(entryLocation, _queryCosineOfLatitude, exact.CosineOfLatitude)
                    : entryLocation.DistanceKmTo(_query.Location, exact.CosineOfLatitude, _queryCosineOfLatitude);
                if (!Eligibility.IsWithinRadius(distanceKm, radius))
                {
                    continue;
                }

                var strength = index._staticIsWeight ? _query.QueryFactor : exact.StaticFactor;
                var weight = index._staticIsWeight ? exact.StaticFactor : _query.QueryFactor;
                var score = Scorer.Combine(fit, Scorer.DistanceDecay(distanceKm, radius), strength);
                _sink.Add(new Found(i, exact.Id, distanceKm, score, weight, Scorer.Utility(score, weight)));
            }
        }

        private bool CanScore(double utilityBound) => utilityBound >= 0 && (!_sink.IsFull || utilityBound >= _sink.Threshold);

        private double LatitudeGapRadians(int row)
        {
            var south = (row + _index._firstRow) * _index._cellHeightDegrees;
            var north = (row + _index._firstRow + 1) * _index._cellHeightDegrees;
            return Math.Max(0, Math.Max(south - _queryLatitude, _queryLatitude - north)) * RadiansPerDegree;
        }

        private double LowestCosineOfRow(int row)
        {
            var south = Math.Clamp((row + _index._firstRow) * _index._cellHeightDegrees, -90, 90);
            var north = Math.Clamp((row + _index._firstRow + 1) * _index._cellHeightDegrees, -90, 90);
            return Math.Max(0, Math.Min(Math.Cos(south * RadiansPerDegree), Math.Cos(north * RadiansPerDegree)));
        }

        /// <summary>sin²(Δλ / 2) for the smallest longitude difference between the query and <paramref name="column"/>.</summary>
        private double LongitudeHaversine(int column)
        {
            var west = (column + _index._firstColumn) * _index._cellWidthDegrees;
            var east = (column + _index._firstColumn + 1) * _index._cellWidthDegrees;
            var gap = Math.Min(180, Math.Max(0, Math.Max(west - _queryLongitude, _queryLongitude - east))) * RadiansPerDegree;
            var half = Math.Sin(gap / 2);
            return half * half;
        }

        private static double ArcKm(double haversine) => 2 * GeoPoint.EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, haversine)));
    }

    /// <summary>An entry's place in the sorted arrays: by slot, then by static factor, highest first, then by input position.</summary>
    private readonly record struct SortKey(int Slot, double StaticFactor, int Entry);

    private readonly struct SortKeyOrder : IComparer<SortKey>
    {
        public int Compare(SortKey x, SortKey y) =>
            x.Slot != y.Slot ? x.Slot.CompareTo(y.Slot)
            : x.StaticFactor != y.StaticFactor ? y.StaticFactor.CompareTo(x.StaticFactor)
            : x.Entry.CompareTo(y.Entry);
    }
}
