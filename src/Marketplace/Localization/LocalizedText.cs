using System.Globalization;

namespace Charity.Marketplace.Localization;

/// <summary>A short text kept in both portal languages: Chinese (the default) and English.</summary>
public sealed record LocalizedText(string ZhCn, string EnUs)
{
    /// <summary>The text for a culture: English for any English culture, otherwise Chinese.</summary>
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "en" && EnUs.Length > 0 ? EnUs : ZhCn;
    }

    public override string ToString() => For(CultureInfo.CurrentUICulture);
}
