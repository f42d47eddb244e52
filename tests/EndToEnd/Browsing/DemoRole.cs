using System.Text.RegularExpressions;
using Charity.Marketplace.Accounts;

namespace Charity.EndToEnd.Browsing;

/// <summary>A demo account and what its home page and menu show in each language.</summary>
public sealed record DemoRole(string Name, string Email, RoleHome Chinese, RoleHome English)
{
    public const string Password = "Demo#2026";

    public static IReadOnlyList<DemoRole> All { get; } =
    [
        new(
            PortalRoles.Admin,
            "admin@demo.weihai.example",
            new("民政局管理员", Exactly("全市概览"), ["首页", "服务主体", "救助对象档案", "查看记录", "评估规则", "批量匹配", "海贝分", "积分超市", "以奖代补", "转介驿站", "服务目录"]),
            new("Bureau administrator", Exactly("City overview"), ["Home", "Providers", "Case files", "Access log", "Assessment rules", "Batch matching", "Sea-shell points", "Points supermarket", "Organisation leaderboard", "Referral stations", "Service catalog"])),
        new(
            PortalRoles.Caseworker,
            "caseworker@demo.weihai.example",
            new("驿站社工", new Regex("^\\S+社会救助服务转介驿站$"), ["首页", "工作台", "转介看板", "积分超市取货", "救助对象档案", "转介驿站", "服务目录"]),
            new("Station caseworker", new Regex("^\\S.* Referral Station$"), ["Home", "Work queue", "Referral board", "Supermarket pick-ups", "Case files", "Referral stations", "Service catalog"])),
        new(
            PortalRoles.ProviderStaff,
            "provider@demo.weihai.example",
            new("服务机构人员", Exactly("威海市阳光社会工作服务中心"), ["首页", "转介任务", "我的服务", "我的机构", "积分超市", "以奖代补", "服务目录"]),
            new("Provider staff", Exactly("威海市阳光社会工作服务中心"), ["Home", "Referral inbox", "My offers", "My organisation", "Points supermarket", "Organisation leaderboard", "Service catalog"])),
        new(
            PortalRoles.Volunteer,
            "volunteer@demo.weihai.example",
            new("志愿者", new Regex("^\\S.*，您好$"), ["首页", "我的资料", "我的团队", "附近的求助", "我的海贝分", "积分超市", "我的订单", "服务目录"]),
            new("Volunteer", new Regex("^Hello, \\S.*$"), ["Home", "My profile", "My teams", "Needs near me", "My points", "Points supermarket", "My orders", "Service catalog"])),
    ];

    /// <summary>The role names, as theory data.</summary>
    public static TheoryData<string> Names => [.. All.Select(r => r.Name)];

    /// <summary>Every role in every language, as theory data.</summary>
    public static TheoryData<string, string> NamesAndLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var role in All)
            {
                data.Add(role.Name, PortalLanguage.Chinese.Code);
                data.Add(role.Name, PortalLanguage.English.Code);
            }

            return data;
        }
    }

    public static DemoRole Named(string name) => All.Single(r => r.Name == name);

    public RoleHome In(PortalLanguage language) => language == PortalLanguage.English ? English : Chinese;

    public override string ToString() => Name;

    private static Regex Exactly(string text) => new($"^{Regex.Escape(text)}$");
}

/// <summary>The role name above the home page's heading, the heading itself and the navigation menu, in order.</summary>
public sealed record RoleHome(string RoleName, Regex Heading, IReadOnlyList<string> Menu);
