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
/// the same bound with its own maxima and its own nearest point, and an entry on the chord distance (never more
/// than the great-circle distance). Only then is the exact score computed, by the same functions a plain scan uses,
/// so the result equals a plain scan's to the last bit. Bounds get a relative slack of 1e-9 and 1 mm against
/// rounding. The grid does not wrap at the antimeridian.
/// </para>
/// </summary>
internal sealed class GridIndex
{
    private const double BaseCellKm = 1.0;
    private const double RelativeSlack = 1e-9;
    private const double AbsoluteSlackKm = 1e-6;
    private const double RadiansPerDegree = Math.PI / 180;
    private const long MinimumCellBudget = 1 << 20;

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
    private readonly bool _staticIsWeight;

    private readonly int[] _cellStart;
    private readonly double[] _cellMaxRadius;
    private readonly double[] _cellMaxStatic;
    private readonly double[] _bucketMaxRadius;
    private readonly double[] _bucketMaxStatic;

    private readonly Guid[] _ids;
    private readonly int[] _sources;
    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _z;
    private readonly double[] _radii;
    private readonly double[] _statics;
    private readonly WeeklyHours[] _hours;
    private readonly BeneficiaryCategories[] _served;

    /// <param name="entries">What to index.</param>
    /// <param name="catalog">Numbers the entries' items as buckets.</param>
    /// <param name="staticIsWeight">True for needs (their static factor is the priority weight), false for offers (their strength).</param>
    public GridIndex(IReadOnlyList<GridEntry> entries, ServiceCatalog catalog, bool staticIsWeight)
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
        _level = entries.Count == 0 ? 0 : LevelFor(minRow, maxRow, minColumn, maxColumn, entries.Count);
        _firstRow = entries.Count == 0 ? 0 : minRow >> _level;
        _firstColumn = entries.Count == 0 ? 0 : minColumn >> _level;
        _rows = entries.Count == 0 ? 0 : (maxRow >> _level) - _firstRow + 1;
        _columns = entries.Count == 0 ? 0 : (maxColumn >> _level) - _firstColumn + 1;
        _cellHeightDegrees = _grid.CellHeightDegrees(_level);
        _cellWidthDegrees = _grid.CellWidthDegrees(_level);

        var keys = new int[entries.Count];
        var order = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var cell = baseCells[i].AncestorAt(_level);
            keys[i] = (((cell.Row - _firstRow) * _columns) + (cell.Column - _firstColumn)) * _bucketCount + catalog.BucketOf(entries[i].Item);
            order[i] = i;
        }

        Array.Sort(keys, order);

        var slots = _rows * _columns * _bucketCount;
        _cellStart = new int[slots + 1];
        _cellMaxRadius = new double[slots];
        _cellMaxStatic = new double[slots];
        _bucketMaxRadius = new double[_bucketCount];
        _bucketMaxStatic = new double[_bucketCount];
        _ids = new Guid[entries.Count];
        _sources = new int[entries.Count];
        _latitudes = new double[entries.Count];
        _longitudes = new double[entries.Count];
        _x = new double[entries.Count];
        _y = new double[entries.Count];
        _z = new double[entries.Count];
        _radii = new double[entries.Count];
        _statics = new double[entries.Count];
        _hours = new WeeklyHours[entries.Count];
        _served = new BeneficiaryCategories[entries.Count];

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[order[i]];
            var key = keys[i];
            var bucket = key % _bucketCount;
            _cellStart[key + 1]++;
            _cellMaxRadius[key] = Math.Max(_cellMaxRadius[key], entry.RadiusKm);
            _cellMaxStatic[key] = Math.Max(_cellMaxStatic[key], entry.StaticFactor);
            _bucketMaxRadius[bucket] = Math.Max(_bucketMaxRadius[bucket], entry.RadiusKm);
            _bucketMaxStatic[bucket] = Math.Max(_bucketMaxStatic[bucket], entry.StaticFactor);
            _ids[i] = entry.Id;
            _sources[i] = entry.Source;
            _latitudes[i] = entry.Location.Latitude;
            _longitudes[i] = entry.Location.Longitude;
            (_x[i], _y[i], _z[i]) = CartesianKm(entry.Location);
            _radii[i] = entry.RadiusKm;
            _statics[i] = entry.StaticFactor;
            _hours[i] = entry.Hours;
            _served[i] = entry.ServedMask;
        }

        for (var slot = 0; slot < slots; slot++)
        {
            _cellStart[slot + 1] += _cellStart[slot];
        }
    }

    public int Count => _ids.Length;

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

        var walk = new RingWalk<TSink>(this, query, sink);
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

    /// <summary>The finest level (1 km cells if possible) whose grid over the entries' box stays within a budget of slots.</summary>
    private int LevelFor(int minRow, int maxRow, int minColumn, int maxColumn, int count)
    {
        var budget = Math.Max(MinimumCellBudget, 8L * count);
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
        private readonly double _cosQueryLatitude;
        private readonly double _qx;
        private readonly double _qy;
        private readonly double _qz;

        public RingWalk(GridIndex index, GridQuery query, TSink sink)
        {
            _index = index;
            _query = query;
            _sink = sink;
            var cell = index._grid.CellOf(query.Location, index._level);
            _queryRow = cell.Row - index._firstRow;
            _queryColumn = cell.Column - index._firstColumn;
            _queryLatitude = query.Location.Latitude;
            _queryLongitude = query.Location.Longitude;
            _cosQueryLatitude = Math.Cos(_queryLatitude * RadiansPerDegree);
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
            var columnsHaversine = _cosQueryLatitude * _index._lowestCosineOfLatitude
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

        /// <summary>Visits the columns from <paramref name="firstColumn"/> to <paramref name="lastColumn"/> by <paramref name="step"/> that lie in the grid.</summary>
        private void VisitRow(int row, int firstColumn, int lastColumn, int step)
        {
            var latitudeHaversine = -1.0;
            var longitudeFactor = 0.0;
            for (var column = firstColumn; column <= lastColumn; column += step)
            {
                if (column < 0 || column >= _index._columns)
                {
                    continue;
                }

                var firstSlot = (row * _index._columns + column) * _index._bucketCount;
                if (_index._cellStart[firstSlot] == _index._cellStart[firstSlot + _index._bucketCount])
                {
                    continue;
                }

                if (latitudeHaversine < 0)
                {
                    var gap = Math.Sin(LatitudeGapRadians(row) / 2);
                    latitudeHaversine = gap * gap;
                    longitudeFactor = _cosQueryLatitude * LowestCosineOfRow(row);
                }

                var lowerDistanceKm = LowerBoundWithSlack(ArcKm(latitudeHaversine + longitudeFactor * LongitudeHaversine(column)));
                VisitCell(firstSlot, lowerDistanceKm);
            }
        }

        private void VisitCell(int firstSlot, double lowerDistanceKm)
        {
            foreach (var (bucket, fit) in _query.Buckets)
            {
                var slot = firstSlot + bucket;
                int start = _index._cellStart[slot], end = _index._cellStart[slot + 1];
                var radius = Math.Min(_query.RadiusKm, _index._cellMaxRadius[slot]);
                if (start < end && CanScore(UtilityBound(fit, lowerDistanceKm, radius, _index._cellMaxStatic[slot], _query.QueryFactor)))
                {
                    ScanEntries(start, end, fit);
                }
            }
        }

        private void ScanEntries(int start, int end, double fit)
        {
            var index = _index;
            for (var i = start; i < end; i++)
            {
                var radius = Math.Min(index._radii[i], _query.RadiusKm);
                double dx = index._x[i] - _qx, dy = index._y[i] - _qy, dz = index._z[i] - _qz;
                var chordLowerKm = LowerBoundWithSlack(Math.Sqrt(dx * dx + dy * dy + dz * dz));
                if (!CanScore(UtilityBound(fit, chordLowerKm, radius, index._statics[i], _query.QueryFactor))
                    || !index._hours[i].Overlaps(_query.Hours) || (index._served[i] & _query.ServedMask) == 0)
                {
                    continue;
                }

                var entryLocation = new GeoPoint(index._latitudes[i], index._longitudes[i]);
                var distanceKm = index._staticIsWeight ? _query.Location.DistanceKmTo(entryLocation) : entryLocation.DistanceKmTo(_query.Location);
                if (!Eligibility.IsWithinRadius(distanceKm, radius))
                {
                    continue;
                }

                var strength = index._staticIsWeight ? _query.QueryFactor : index._statics[i];
                var weight = index._staticIsWeight ? index._statics[i] : _query.QueryFactor;
                var score = Scorer.Combine(fit, Scorer.DistanceDecay(distanceKm, radius), strength);
                _sink.Add(new Found(i, index._ids[i], distanceKm, score, weight, Scorer.Utility(score, weight)));
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
}
