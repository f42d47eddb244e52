namespace Charity.Marketplace.Assessment;

/// <summary>What the scoring of one assessment concludes.</summary>
/// <param name="HardshipIndex">100 × Σ wᵢsᵢ / Σ 3wᵢ, one decimal.</param>
/// <param name="Urgency">How soon the household must be served.</param>
/// <param name="UrgencyReasons">The rules that decided the urgency, in rule order.</param>
/// <param name="RespondWithin">How long a provider has to respond, from the settings for this urgency.</param>
/// <param name="Suggestions">Suggested service items, strongest triggering score first.</param>
/// <param name="DimensionScores">One per dimension, in form order.</param>
public sealed record AssessmentResult(
    decimal HardshipIndex,
    Urgency Urgency,
    IReadOnlyList<UrgencyReason> UrgencyReasons,
    TimeSpan RespondWithin,
    IReadOnlyList<ServiceSuggestion> Suggestions,
    IReadOnlyList<DimensionScore> DimensionScores)
{
    public IReadOnlyList<UrgencyReason> UrgencyReasons { get; init => field = ValueList.Of(value); } = ValueList.Of(UrgencyReasons);

    public IReadOnlyList<ServiceSuggestion> Suggestions { get; init => field = ValueList.Of(value); } = ValueList.Of(Suggestions);

    public IReadOnlyList<DimensionScore> DimensionScores { get; init => field = ValueList.Of(value); } = ValueList.Of(DimensionScores);

    public HardshipBand Band => HardshipBand.Of(HardshipIndex);

    public IEnumerable<string> SuggestedServiceItemCodes => Suggestions.Select(s => s.ServiceItemCode);
}
