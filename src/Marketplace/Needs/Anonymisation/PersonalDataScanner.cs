using System.Text.RegularExpressions;
using Charity.Marketplace.Cases;

namespace Charity.Marketplace.Needs.Anonymisation;

/// <summary>
/// Finds personal data in the free text of a need (Chinese or English) before it is published: ID numbers
/// (checked against GB 11643), mobile and landline numbers, e-mail addresses, house numbers and a surname with a
/// form of address. Full-width digits and letters are read as their ASCII twins. Digits never match inside a
/// longer run of digits, so a mobile number is not found in the middle of an ID or account number.
/// </summary>
public sealed partial class PersonalDataScanner
{
    private static readonly Regex HonorificName = new(
        $"(?:{string.Join('|', ChineseNames.Surnames.OrderByDescending(s => s.Length))})(?:{string.Join('|', ChineseNames.FormsOfAddress)})",
        RegexOptions.CultureInvariant);

    private readonly TimeProvider _clock;

    public PersonalDataScanner(TimeProvider clock) => _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>The personal data in <paramref name="text"/>, in order; where two findings overlap, the earlier (then longer) one.</summary>
    public IReadOnlyList<PersonalDataFinding> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldFullWidth(text);
        var today = ChinaCalendar.Today(_clock);
        var findings = new List<PersonalDataFinding>();

        foreach (var match in IdNumberPattern().EnumerateMatches(folded))
        {
            if (ChineseIdNumber.IsValid(folded.AsSpan(match.Index, match.Length), today))
            {
                findings.Add(Finding(PersonalDataKind.IdNumber, match.Index, match.Length));
            }
        }

        AddAll(MobilePattern(), PersonalDataKind.Mobile);
        AddAll(LandlinePattern(), PersonalDataKind.Landline);
        AddAll(EmailPattern(), PersonalDataKind.Email);
        AddAll(HouseNumberPattern(), PersonalDataKind.HouseNumber);
        foreach (var match in HonorificName.EnumerateMatches(folded))
        {
            if (!FollowsAWordEndingInTheSurname(folded, match.Index))
            {
                findings.Add(Finding(PersonalDataKind.HonorificName, match.Index, match.Length));
            }
        }

        return WithoutOverlaps(findings);

        void AddAll(Regex pattern, PersonalDataKind kind)
        {
            foreach (var match in pattern.EnumerateMatches(folded))
            {
                findings.Add(Finding(kind, match.Index, match.Length));
            }
        }

        PersonalDataFinding Finding(PersonalDataKind kind, int index, int length) => new(kind, index, length, text.Substring(index, length));
    }

    private static bool FollowsAWordEndingInTheSurname(string text, int index) =>
        index > 0 && ChineseNames.WordsEndingInASurname.Contains(text.Substring(index - 1, 2));

    private static List<PersonalDataFinding> WithoutOverlaps(List<PersonalDataFinding> findings)
    {
        findings.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var kept = new List<PersonalDataFinding>(findings.Count);
        foreach (var finding in findings)
        {
            if (kept.Count == 0 || finding.Index >= kept[^1].End)
            {
                kept.Add(finding);
            }
        }

        return kept;
    }

    /// <summary>Maps full-width ASCII (０-９, Ｘ, ＠, （）, －) and the ideographic space to ASCII, keeping every index.</summary>
    private static string FoldFullWidth(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFF01', '\uFF5E') && !text.Contains('\u3000', StringComparison.Ordinal))
        {
            return text;
        }

        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                folded[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    [GeneratedRegex("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumberPattern();

    /// <summary>1[3-9]x and eight digits, as one run or grouped 3-4-4, optionally after +86, 0086 or 86.</summary>
    [GeneratedRegex(@"(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9][0-9](?:[0-9]{8}|[ -][0-9]{4}[ -][0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    /// <summary>A three- or four-digit area code, in brackets or followed by a dash or space, then seven or eight digits.</summary>
    [GeneratedRegex(@"(?<![0-9])(?:\(0[1-9][0-9]{1,2}\)[ -]?|0[1-9][0-9]{1,2}[ -])[1-9][0-9]{6,7}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex LandlinePattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    /// <summary>
    /// Numbers followed by 号楼, 号, 室, 栋, 幢 or 单元, as one run ("12号楼3单元402室"). A day of the month
    /// ("12月5号") and a metro line ("3号线") are not addresses.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9])(?<!月 ?)[0-9]{1,5}(?:号楼|号(?!线)|室|栋|幢|单元)(?:-?[0-9]{1,5}(?:号楼|号(?!线)|室|栋|幢|单元))*", RegexOptions.CultureInvariant)]
    private static partial Regex HouseNumberPattern();
}
