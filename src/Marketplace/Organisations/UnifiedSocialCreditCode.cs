namespace Charity.Marketplace.Organisations;

/// <summary>
/// The 18-character Unified Social Credit Code (统一社会信用代码) of GB 32100-2015:
/// registration authority, organisation type, six-digit region code, nine-character organisation code
/// and a check character computed modulo 31 over an alphabet without I, O, S, V and Z.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public static UnifiedSocialCreditCodeCheck Check(string? candidate)
    {
        var text = (candidate ?? string.Empty).Trim().ToUpperInvariant();
        if (text.Length != Length)
        {
            return UnifiedSocialCreditCodeCheck.Fail(UnifiedSocialCreditCodeError.WrongLength, text.Length);
        }

        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.IndexOf(text[i], StringComparison.Ordinal) < 0)
            {
                return UnifiedSocialCreditCodeCheck.Fail(UnifiedSocialCreditCodeError.InvalidCharacter, i + 1, text[i]);
            }
        }

        var expected = CheckCharacterFor(text.AsSpan(0, Length - 1));
        return text[^1] == expected
            ? UnifiedSocialCreditCodeCheck.Pass(new UnifiedSocialCreditCode(text))
            : UnifiedSocialCreditCodeCheck.Fail(UnifiedSocialCreditCodeError.WrongCheckCharacter, Length, text[^1], expected);
    }

    public static UnifiedSocialCreditCode Parse(string candidate)
    {
        var check = Check(candidate);
        return check.Code ?? throw new FormatException($"'{candidate}' is not a valid Unified Social Credit Code ({check.Error}).");
    }

    /// <summary>The check character for the first 17 characters of a code.</summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("The check character is computed over the first 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the code alphabet.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public override string ToString() => Value;
}

public enum UnifiedSocialCreditCodeError
{
    None,
    WrongLength,
    InvalidCharacter,
    WrongCheckCharacter,
}

/// <summary>The outcome of checking a code, with what a person needs to correct it.</summary>
public sealed record UnifiedSocialCreditCodeCheck(
    UnifiedSocialCreditCode? Code,
    UnifiedSocialCreditCodeError Error,
    int Position = 0,
    char Found = '\0',
    char Expected = '\0')
{
    public bool IsValid => Code is not null;

    internal static UnifiedSocialCreditCodeCheck Pass(UnifiedSocialCreditCode code) => new(code, UnifiedSocialCreditCodeError.None);

    internal static UnifiedSocialCreditCodeCheck Fail(UnifiedSocialCreditCodeError error, int position, char found = '\0', char expected = '\0') =>
        new(null, error, position, found, expected);
}
