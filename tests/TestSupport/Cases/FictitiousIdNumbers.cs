using System.Globalization;
using Charity.Marketplace.Cases;

namespace Charity.TestSupport.Cases;

/// <summary>
/// Well-formed GB 11643 ID numbers that belong to nobody, distinct within a test run: area code 379900 (3799 names
/// no real prefecture, and the demo data never uses 00 after it), a birth date in the given year, a sequence and
/// the check character.
/// </summary>
public static class FictitiousIdNumbers
{
    private const string AreaCode = "379900";
    private const int Sequences = 900;
    private static int _counter = -1;

    /// <summary>A new number of someone born in <paramref name="birthYear"/>.</summary>
    public static string Next(int birthYear = 1950)
    {
        var n = Interlocked.Increment(ref _counter);
        var birthDate = new DateOnly(birthYear, 1, 1).AddDays(n / Sequences % 365);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{AreaCode}{birthDate:yyyyMMdd}{100 + (n % Sequences)}");
        return first17 + ChineseIdNumber.CheckCharacterFor(first17);
    }

    /// <summary>A new number whose check character is X, so that upper and lower case can be told apart.</summary>
    public static string NextEndingInX(int birthYear = 1950)
    {
        while (true)
        {
            var candidate = Next(birthYear);
            if (candidate.EndsWith('X'))
            {
                return candidate;
            }
        }
    }
}
