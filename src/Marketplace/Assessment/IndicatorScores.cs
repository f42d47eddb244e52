using System.Diagnostics.CodeAnalysis;

namespace Charity.Marketplace.Assessment;

/// <summary>
/// The scores of one assessment: each of the 52 indicators scored 0 none, 1 mild, 2 moderate or 3 severe.
/// An indicator the assessor left unscored counts as 0. Stored as 52 digits, one per indicator in number order.
/// </summary>
public sealed class IndicatorScores : IEquatable<IndicatorScores>
{
    public const int MaximumScore = 3;

    private readonly byte[] _scores;

    private IndicatorScores(byte[] scores) => _scores = scores;

    /// <summary>Every indicator at 0.</summary>
    public static IndicatorScores None { get; } = new(new byte[IndicatorCatalog.IndicatorCount]);

    /// <summary>The score of an indicator, by its number 1 to 52.</summary>
    public int this[int indicator] => IndicatorCatalog.IsIndicator(indicator)
        ? _scores[indicator - 1]
        : throw new ArgumentOutOfRangeException(nameof(indicator), indicator, $"Indicators are numbered 1 to {IndicatorCatalog.IndicatorCount}.");

    /// <summary>The highest score of any indicator.</summary>
    public int Highest => _scores.Max();

    /// <summary>From 52 scores in indicator order (the first is indicator 1).</summary>
    public static IndicatorScores FromArray(IReadOnlyList<int> scoresInIndicatorOrder)
    {
        ArgumentNullException.ThrowIfNull(scoresInIndicatorOrder);
        if (scoresInIndicatorOrder.Count != IndicatorCatalog.IndicatorCount)
        {
            throw new ArgumentException(
                $"An assessment has {IndicatorCatalog.IndicatorCount} scores, one per indicator; {scoresInIndicatorOrder.Count} were given.",
                nameof(scoresInIndicatorOrder));
        }

        var scores = new byte[IndicatorCatalog.IndicatorCount];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Checked(i + 1, scoresInIndicatorOrder[i], nameof(scoresInIndicatorOrder));
        }

        return new IndicatorScores(scores);
    }

    /// <summary>From scores by indicator number; indicators that are absent count as 0.</summary>
    public static IndicatorScores FromDictionary(IReadOnlyDictionary<int, int> scoresByIndicator)
    {
        ArgumentNullException.ThrowIfNull(scoresByIndicator);
        var scores = new byte[IndicatorCatalog.IndicatorCount];
        foreach (var (indicator, score) in scoresByIndicator)
        {
            if (!IndicatorCatalog.IsIndicator(indicator))
            {
                throw new ArgumentException(
                    $"There is no indicator {indicator}; indicators are numbered 1 to {IndicatorCatalog.IndicatorCount}.",
                    nameof(scoresByIndicator));
            }

            scores[indicator - 1] = Checked(indicator, score, nameof(scoresByIndicator));
        }

        return new IndicatorScores(scores);
    }

    /// <summary>The same scores with one indicator changed.</summary>
    public IndicatorScores With(int indicator, int score)
    {
        _ = this[indicator];
        var scores = (byte[])_scores.Clone();
        scores[indicator - 1] = Checked(indicator, score, nameof(score));
        return new IndicatorScores(scores);
    }

    public int[] ToArray() => [.. _scores.Select(s => (int)s)];

    /// <summary>The storage form: 52 digits 0-3, indicator 1 first.</summary>
    public string ToStorageString() => string.Create(_scores.Length, _scores, static (chars, scores) =>
    {
        for (var i = 0; i < scores.Length; i++)
        {
            chars[i] = (char)('0' + scores[i]);
        }
    });

    public static IndicatorScores Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var scores, out var problem) ? scores : throw new FormatException(problem);
    }

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out IndicatorScores? scores) =>
        TryParse(text, out scores, out _);

    public bool Equals(IndicatorScores? other) => other is not null && _scores.AsSpan().SequenceEqual(other._scores);

    public override bool Equals(object? obj) => obj is IndicatorScores other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_scores);
        return hash.ToHashCode();
    }

    public override string ToString() => ToStorageString();

    public static bool operator ==(IndicatorScores? left, IndicatorScores? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(IndicatorScores? left, IndicatorScores? right) => !(left == right);

    private static bool TryParse(string? text, [NotNullWhen(true)] out IndicatorScores? scores, out string problem)
    {
        scores = null;
        if (text is null || text.Length != IndicatorCatalog.IndicatorCount)
        {
            problem = $"Stored scores are {IndicatorCatalog.IndicatorCount} digits, one per indicator; got {text?.Length ?? 0} characters.";
            return false;
        }

        var values = new byte[IndicatorCatalog.IndicatorCount];
        for (var i = 0; i < values.Length; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > MaximumScore)
            {
                problem = $"Indicator {i + 1} is stored as '{text[i]}'; a score is a digit from 0 to {MaximumScore}.";
                return false;
            }

            values[i] = (byte)digit;
        }

        scores = new IndicatorScores(values);
        problem = string.Empty;
        return true;
    }

    private static byte Checked(int indicator, int score, string parameterName) => score is >= 0 and <= MaximumScore
        ? (byte)score
        : throw new ArgumentException(
            $"Indicator {indicator} ({IndicatorCatalog.Indicator(indicator).Name.EnUs}) has score {score}; "
            + $"a score is 0 none, 1 mild, 2 moderate or 3 severe.",
            parameterName);
}
