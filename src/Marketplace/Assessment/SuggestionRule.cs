namespace Charity.Marketplace.Assessment;

/// <summary>Suggests a service item when any of <paramref name="Indicators"/> scores at least <paramref name="MinimumScore"/>.</summary>
public sealed record SuggestionRule(string ServiceItemCode, IReadOnlyList<int> Indicators, int MinimumScore = SuggestionRule.DefaultMinimumScore)
{
    public const int DefaultMinimumScore = 2;

    public IReadOnlyList<int> Indicators { get; init => field = ValueList.Of(value); } = ValueList.Of(Indicators);
}
