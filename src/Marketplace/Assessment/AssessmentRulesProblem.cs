using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Assessment;

/// <summary>
/// One thing wrong with <see cref="AssessmentRules"/>: the setting it concerns, as a path an editor can
/// highlight (e.g. <c>DimensionWeights.HEALTH</c>, <c>Suggestions[3].MinimumScore</c>), and a message.
/// </summary>
public sealed record AssessmentRulesProblem(string Setting, LocalizedText Message)
{
    public override string ToString() => $"{Setting}: {Message}";
}
