using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Tests.Assessment;

internal static class Scores
{
    public static IndicatorScores Of(params (int Indicator, int Score)[] scores) =>
        IndicatorScores.FromDictionary(scores.ToDictionary(s => s.Indicator, s => s.Score));

    public static IndicatorScores All(int score) => IndicatorScores.FromArray(Enumerable.Repeat(score, IndicatorCatalog.IndicatorCount).ToArray());

    /// <summary>Every indicator of the given dimensions at <paramref name="score"/>, the rest at 0.</summary>
    public static Dictionary<int, int> DimensionsAt(int score, params string[] dimensionCodes) =>
        IndicatorCatalog.Dimensions
            .Where(d => dimensionCodes.Contains(d.Code))
            .SelectMany(d => d.Indicators)
            .ToDictionary(i => i.Number, _ => score);
}
