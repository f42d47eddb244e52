namespace Charity.EndToEnd.Browsing;

/// <summary>The texts of the app bar and shared pages that the tests look for, in one of the portal's languages.</summary>
public sealed record PortalLanguage(string Code, string LanguageButton, string CareMode, string SignOut, string CatalogTitle)
{
    public static PortalLanguage Chinese { get; } = new("zh-CN", LanguageButton: "English", CareMode: "关怀版", SignOut: "退出", CatalogTitle: "服务目录");

    public static PortalLanguage English { get; } = new("en-US", LanguageButton: "中文", CareMode: "Care mode", SignOut: "Sign out", CatalogTitle: "Service catalog");

    public static PortalLanguage Of(string code) => code == English.Code ? English : Chinese;

    public PortalLanguage Other => this == English ? Chinese : English;

    public override string ToString() => Code;
}
