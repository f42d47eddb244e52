using Charity.Marketplace.Rewards;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Components.Parts;

/// <summary>What a points command's result says to the person: the problem next to one field, or a message for the whole form.</summary>
internal static class RewardFeedback
{
    /// <summary>The problem with <paramref name="field"/> when the result names that field; otherwise null.</summary>
    public static string? ProblemWith(RewardResult? result, string field) =>
        result?.Problem is { } problem && string.Equals(problem.Field, field, StringComparison.OrdinalIgnoreCase)
            ? problem.Message.ToString()
            : null;

    /// <summary>
    /// The message for the form as a whole: why it was refused, unless the refusal is about one of
    /// <paramref name="fields"/> (shown next to that field instead); null when it succeeded.
    /// </summary>
    public static string? ForForm(IStringLocalizer l, RewardResult? result, params string[] fields) => result switch
    {
        null or { Outcome: RewardOutcome.Done } => null,
        { Outcome: RewardOutcome.Invalid, Problem: { } problem } =>
            fields.Contains(problem.Field, StringComparer.OrdinalIgnoreCase) ? null : problem.Message.ToString(),
        _ => l[$"RewardOutcome.{result.Outcome}"].Value,
    };
}
