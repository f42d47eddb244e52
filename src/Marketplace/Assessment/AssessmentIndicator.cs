using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Assessment;

/// <summary>
/// One of the 52 indicators of the needs assessment, with what a mild (1), moderate (2) and severe (3)
/// score looks like so that assessors at different stations score alike.
/// </summary>
public sealed record AssessmentIndicator(
    int Number,
    LocalizedText Name,
    LocalizedText Mild,
    LocalizedText Moderate,
    LocalizedText Severe)
{
    /// <summary>The guidance for all three levels as one text, for a tooltip or a printed form.</summary>
    public LocalizedText Help => new(
        $"1 轻度：{Mild.ZhCn}\n2 中度：{Moderate.ZhCn}\n3 重度：{Severe.ZhCn}",
        $"1 mild: {Mild.EnUs}\n2 moderate: {Moderate.EnUs}\n3 severe: {Severe.EnUs}");

    /// <summary>The guidance for one score, 1 to 3 (a score of 0 means the indicator does not apply).</summary>
    public LocalizedText GuideFor(int score) => score switch
    {
        1 => Mild,
        2 => Moderate,
        3 => Severe,
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, "Only scores 1 to 3 have guidance."),
    };
}
