using BenchmarkDotNet.Attributes;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Matching.Geo;
using Charity.TestSupport.Anonymisation;

namespace Charity.Benchmarks.Anonymisation;

/// <summary>
/// Publishing 1,000 needs among 100,000 case files clustered around Weihai's four district centres: each need's
/// assessment is scored and its approximate location found, with precomputed cell counts (their build included)
/// against counting the population again for every need. Times are per need.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class NeedAnonymisationBenchmarks
{
    private const int CaseFiles = 100_000;
    private const int Needs = 1_000;
    private const double SpreadKm = 8;

    private static readonly GeoPoint[] DistrictCentres =
    [
        new(37.50, 122.12), // 环翠区
        new(37.19, 122.06), // 文登区
        new(37.16, 122.49), // 荣成市
        new(36.92, 121.54), // 乳山市
    ];

    private readonly GeoGrid _grid = new(referenceLatitude: 37.2, baseCellKm: 1.0);
    private GridCell[] _caseFileCells = [];
    private (GridCell Household, GeoPoint Township)[] _needs = [];
    private IndicatorScores[] _assessments = [];
    private readonly AssessmentRules _rules = AssessmentRules.Default;

    [GlobalSetup]
    public void CreateCaseFiles()
    {
        var random = new Random(11643);
        var districts = new int[CaseFiles];
        _caseFileCells = new GridCell[CaseFiles];
        for (var i = 0; i < CaseFiles; i++)
        {
            districts[i] = random.Next(DistrictCentres.Length);
            _caseFileCells[i] = _grid.CellOf(Around(DistrictCentres[districts[i]], random));
        }

        _needs = new (GridCell, GeoPoint)[Needs];
        _assessments = new IndicatorScores[Needs];
        for (var i = 0; i < Needs; i++)
        {
            var file = random.Next(CaseFiles);
            _needs[i] = (_caseFileCells[file], DistrictCentres[districts[file]]);
            _assessments[i] = IndicatorScores.FromArray(Enumerable.Range(0, IndicatorCatalog.IndicatorCount).Select(_ => random.Next(10) < 7 ? 0 : random.Next(1, 4)).ToArray());
        }
    }

    // Each benchmark loops over the needs itself: sharing the loop through a delegate to Locate measured the
    // precomputed locator 40 % slower, which is the plumbing's cost rather than the locator's.
    [Benchmark(Baseline = true, OperationsPerInvoke = Needs)]
    public int CountingThePopulationForEveryNeed()
    {
        var locator = new NaiveApproximateLocator(_grid, _caseFileCells);
        var levels = 0;
        for (var i = 0; i < Needs; i++)
        {
            levels += (int)AssessmentScorer.Score(_assessments[i], _rules).Urgency;
            levels += locator.Locate(_needs[i].Household, _needs[i].Township).Cell?.Level ?? -1;
        }

        return levels;
    }

    [Benchmark(OperationsPerInvoke = Needs)]
    public int PrecomputedCellCounts()
    {
        var locator = new ApproximateLocator(_grid, _caseFileCells);
        var levels = 0;
        for (var i = 0; i < Needs; i++)
        {
            levels += (int)AssessmentScorer.Score(_assessments[i], _rules).Urgency;
            levels += locator.Locate(_needs[i].Household, _needs[i].Township).Cell?.Level ?? -1;
        }

        return levels;
    }

    /// <summary>The scoring alone, to show what part of a need's time is the assessment.</summary>
    [Benchmark(OperationsPerInvoke = Needs)]
    public int ScoringOnly()
    {
        var urgencies = 0;
        for (var i = 0; i < Needs; i++)
        {
            urgencies += (int)AssessmentScorer.Score(_assessments[i], _rules).Urgency;
        }

        return urgencies;
    }

    /// <summary>A point normally distributed around <paramref name="centre"/> (Box–Muller).</summary>
    private static GeoPoint Around(GeoPoint centre, Random random)
    {
        var radiusKm = SpreadKm * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
        var angle = 2 * Math.PI * random.NextDouble();
        var kmPerDegree = GeoPoint.EarthRadiusKm * Math.PI / 180;
        var latitude = centre.Latitude + (radiusKm * Math.Sin(angle) / kmPerDegree);
        var longitude = centre.Longitude + (radiusKm * Math.Cos(angle) / (kmPerDegree * Math.Cos(centre.Latitude * Math.PI / 180)));
        return new GeoPoint(latitude, longitude);
    }
}
