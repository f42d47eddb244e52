namespace Charity.Marketplace.Assessment;

/// <summary>
/// Low urgency: the hardship index is below <paramref name="IndexBelow"/> and no indicator scores above
/// <paramref name="HighestScoreAtMost"/>. The default (index under 20, nothing above mild) leaves a
/// household with a single moderate need at normal urgency, however low its index: a moderate need
/// should be looked at within the week.
/// </summary>
public sealed record LowUrgencyRule(decimal IndexBelow, int HighestScoreAtMost);
