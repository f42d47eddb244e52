using System.Diagnostics;
using System.Globalization;
using Charity.Matching.Assignment;
using Charity.Matching.Indexing;
using Charity.Matching.Model;
using Charity.Matching.Scoring;

namespace Charity.Benchmarks.Matching;

/// <summary>
/// Scale harness of the matching engine: index build and memory for 1,000,000 offers, top-10 query latency against a
/// plain scan of the same queries, and optimal against greedy batch assignment of 100,000 needs to 20,000 offers.
/// Targets are ratios measured in the same run (median query ≤ 20 µs and ≥ 300× the plain scan).
/// </summary>
internal static class MatchingHarness
{
    public static int Run(string[] args)
    {
        var offerCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var scorer = new Scorer();
        Console.WriteLine($"Matching harness: {Environment.ProcessorCount} cores, {offerCount:N0} offers, load average {LoadAverage()}");

        var scenario = new WeihaiScenario(42);
        var offers = scenario.Offers(offerCount, 1, 30, 10);
        var needs = scenario.Needs(10_000);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var index = OfferIndex.Build(offers, scorer);
        var buildTime = clock.Elapsed;
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(index);
        Row("index build", $"{buildTime.TotalSeconds:F2} s", $"{indexBytes / (double)index.Count:F0} B per offer ({indexBytes / 1048576.0:F0} MiB)");

        WarmUp(needs, need => index.TopOffersFor(need, 10));

        var latencies = needs.Select(need => Time(() => index.TopOffersFor(need, 10))).ToArray();
        var sample = needs.Where((_, i) => i % 500 == 0).ToArray();
        WarmUp(sample, need => ExhaustiveSearch.TopOffersFor(offers, need, 10, scorer));
        var plain = sample.Select(need => Time(() => ExhaustiveSearch.TopOffersFor(offers, need, 10, scorer))).ToArray();
        var agree = sample.All(need => ExhaustiveSearch.TopOffersFor(offers, need, 10, scorer).SequenceEqual(index.TopOffersFor(need, 10)));
        Row("top-10 query, 1 thread", $"median {Median(latencies):F1} µs", $"p99 {Percentile(latencies, 0.99):F1} µs over {latencies.Length:N0} queries");
        Row("plain scan, same queries", $"median {Median(plain):F0} µs", $"over {plain.Length} queries; results equal: {agree}");
        Row("speed-up", $"{Median(plain) / Median(latencies):F0}×", "plain-scan median / index median");

        offers = [];
        index = null;
        GC.Collect();
        return AssignBatch(scorer);
    }

    private static int AssignBatch(Scorer scorer)
    {
        var scenario = new WeihaiScenario(7);
        var offers = scenario.Offers(20_000, 1, 10, 10);
        var needs = scenario.Needs(100_000);
        var clock = Stopwatch.StartNew();
        var greedy = new GreedyAssigner(scorer).Assign(needs, offers);
        var greedyTime = clock.Elapsed;
        clock.Restart();
        var optimal = new BatchAssigner(scorer).Assign(needs, offers);
        var optimalTime = clock.Elapsed;
        Console.WriteLine($"load average before the batch: {LoadAverage()}");
        var gain = 100.0 * (optimal.TotalUtility - greedy.TotalUtility) / greedy.TotalUtility;
        Row("batch 100,000 × 20,000", $"{optimal.EligiblePairs:N0} eligible pairs", "offer radii 1–10 km, capacities 1–10");
        Row("greedy", $"{greedyTime.TotalSeconds:F2} s", $"utility {greedy.TotalUtility:F1}, {greedy.Assignments.Count:N0} assigned");
        Phases(greedy);
        Row("min-cost flow", $"{optimalTime.TotalSeconds:F2} s", $"utility {optimal.TotalUtility:F1}, {optimal.Assignments.Count:N0} assigned, gain {gain:F2} %");
        Phases(optimal);
        Row("min-cost flow / greedy", $"{optimalTime / greedyTime:F2}", "time ratio in this run");
        using var process = Process.GetCurrentProcess();
        Row("peak working set", $"{process.PeakWorkingSet64 / 1048576.0:F0} MiB", "whole run");
        return optimal.ScaledUtility >= greedy.ScaledUtility ? 0 : 1;
    }

    private static void Phases(AssignmentPlan plan)
    {
        foreach (var phase in plan.Phases)
        {
            Row($"  {phase.Name}", $"{phase.Elapsed.TotalSeconds:F2} s", string.Empty);
        }
    }

    /// <summary>
    /// Queries for two seconds, so that tiered compilation has installed its optimised code before anything is timed:
    /// a warm-up of 500 queries took about 20 ms, less than the JIT's tiering delay, and the index then measured twice
    /// its real latency.
    /// </summary>
    private static void WarmUp(NeedCandidate[] needs, Action<NeedCandidate> query)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < TimeSpan.FromSeconds(2); i++)
        {
            query(needs[i % needs.Length]);
        }
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    private static double Median(double[] values) => Percentile(values, 0.5);

    private static double Percentile(double[] values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(fraction * sorted.Length))];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Row(string what, string figure, string detail) => Console.WriteLine($"| {what,-26} | {figure,-24} | {detail}");
}
