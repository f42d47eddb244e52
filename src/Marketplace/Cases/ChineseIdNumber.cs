using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Charity.Marketplace.Cases;

/// <summary>
/// The 18-character citizen identity number of GB 11643-1999 (公民身份号码): six-digit address code, birth date
/// yyyyMMdd, three-digit sequence (odd for men, even for women) and a check character, ISO 7064 MOD 11-2 over
/// the first 17 digits, where X stands for 10. Personal data: the value is never written out by ToString.
/// </summary>
public sealed record ChineseIdNumber
{
    public const int Length = 18;

    /// <summary>The standard's own worked example is born in 1880, so earlier is implausible rather than later.</summary>
    public static readonly DateOnly EarliestBirthDate = new(1800, 1, 1);

    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private ChineseIdNumber(string value, DateOnly birthDate, Sex sex)
    {
        Value = value;
        BirthDate = birthDate;
        Sex = sex;
    }

    /// <summary>The number with an upper-case X.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Sex Sex { get; }

    /// <summary>
    /// Whether <paramref name="candidate"/> (surrounding spaces ignored, x in either case) is a well-formed number
    /// with the right check character and a real birth date between <see cref="EarliestBirthDate"/> and
    /// <paramref name="today"/>.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> candidate, DateOnly today) => TryRead(candidate.Trim(), today, out _, out _);

    public static bool TryParse(string? candidate, DateOnly today, [NotNullWhen(true)] out ChineseIdNumber? idNumber)
    {
        var text = (candidate ?? string.Empty).AsSpan().Trim();
        if (TryRead(text, today, out var birthDate, out var sex))
        {
            idNumber = new ChineseIdNumber(text.ToString().ToUpperInvariant(), birthDate, sex);
            return true;
        }

        idNumber = null;
        return false;
    }

    /// <summary>The check character for the first 17 digits of a number.</summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("The check character is computed over the first 17 digits.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException($"'{first17[i]}' is not a digit.", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public override string ToString() => "ChineseIdNumber { *** }";

    private static bool TryRead(ReadOnlySpan<char> text, DateOnly today, out DateOnly birthDate, out Sex sex)
    {
        birthDate = default;
        sex = default;
        if (text.Length != Length || text[..^1].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var check = char.ToUpperInvariant(text[^1]);
        if (check != CheckCharacterFor(text[..^1])
            || !DateOnly.TryParseExact(text.Slice(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate)
            || birthDate < EarliestBirthDate
            || birthDate > today)
        {
            return false;
        }

        sex = (text[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return true;
    }
}

public enum Sex
{
    Female,
    Male,
}
