using System.Text.RegularExpressions;

namespace Charity.Marketplace;

/// <summary>The shapes of mainland Chinese phone numbers that forms accept.</summary>
public static partial class PhoneNumbers
{
    /// <summary>A mainland mobile: 11 digits from 13–19.</summary>
    public static bool IsMobile(string text) => Mobile().IsMatch(text);

    /// <summary>A mainland mobile, or a landline with its area code.</summary>
    public static bool IsMobileOrLandline(string text) => MobileOrLandline().IsMatch(text);

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex MobileOrLandline();
}
