namespace Charity.Marketplace.Assessment;

/// <summary>
/// The needs-assessment form (8 dimensions, 52 indicators) as reference data. Unlike the service catalog
/// it is fixed: scores are stored by indicator number, so renumbering would change the meaning of
/// every stored assessment. What an Admin may change lives in <see cref="AssessmentRules"/>.
/// </summary>
public static partial class IndicatorCatalog
{
    public const int IndicatorCount = 52;

    public static IReadOnlyList<AssessmentDimension> Dimensions { get; } =
    [
        Household(),
        Health(),
        Income(),
        Housing(),
        DailyLiving(),
        Education(),
        Employment(),
        SocialSupport(),
    ];

    /// <summary>All indicators in number order, 1 to 52.</summary>
    public static IReadOnlyList<AssessmentIndicator> Indicators { get; } = [.. Dimensions.SelectMany(d => d.Indicators)];

    // Index = indicator number - 1.
    private static readonly AssessmentDimension[] DimensionByIndicator =
        [.. Dimensions.SelectMany(d => d.Indicators.Select(_ => d))];

    public static bool IsIndicator(int number) => number is >= 1 and <= IndicatorCount;

    public static AssessmentIndicator Indicator(int number) => Indicators[IndexOf(number)];

    public static AssessmentDimension DimensionOf(int indicatorNumber) => DimensionByIndicator[IndexOf(indicatorNumber)];

    public static AssessmentDimension? FindDimension(string code) =>
        Dimensions.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.Ordinal));

    private static int IndexOf(int number) => IsIndicator(number)
        ? number - 1
        : throw new ArgumentOutOfRangeException(nameof(number), number, $"Indicators are numbered 1 to {IndicatorCount}.");
}
