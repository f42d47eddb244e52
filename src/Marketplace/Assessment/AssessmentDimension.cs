using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Assessment;

/// <summary>One of the eight dimensions of the needs assessment and its indicators, in form order.</summary>
public sealed record AssessmentDimension(
    string Code,
    int Number,
    LocalizedText Name,
    IReadOnlyList<AssessmentIndicator> Indicators);
