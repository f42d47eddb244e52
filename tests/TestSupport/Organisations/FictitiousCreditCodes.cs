using System.Globalization;
using Charity.Marketplace.Organisations;

namespace Charity.TestSupport.Organisations;

/// <summary>
/// Well-formed Unified Social Credit Codes that belong to nobody: a social organisation (52) registered in region
/// 379900 (no real prefecture), a random nine-digit organisation code and the check character.
/// </summary>
public static class FictitiousCreditCodes
{
    public static string Next()
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"52379900{Random.Shared.Next(100_000_000, 999_999_999)}");
        return first17 + UnifiedSocialCreditCode.CheckCharacterFor(first17);
    }

    /// <summary>A code whose last character is not its check character, with the one it should be.</summary>
    public static (string Code, char Expected) WithWrongCheckCharacter()
    {
        var valid = Next();
        var wrong = valid[^1] == '0' ? '1' : '0';
        return (valid[..^1] + wrong, valid[^1]);
    }
}
