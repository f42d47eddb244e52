using Charity.Marketplace.Localization;
using Charity.Matching.Geo;

namespace Charity.Marketplace.Regions;

/// <summary>
/// The region tree a new Weihai installation starts with: the city, its four districts and county-level
/// cities, and their townships and streets (one referral station each) with a few communities apiece.
/// Centres are approximate and only used for distances of about a kilometre or more.
/// </summary>
public static class WeihaiRegionTree
{
    public sealed record Node(string Code, LocalizedText Name, GeoPoint Centre, IReadOnlyList<Node> Children);

    private static readonly (string Zh, string En, double DLat, double DLon)[] CommunityPattern =
    [
        ("东社区", " East Community", 0.006, 0.008),
        ("西社区", " West Community", -0.004, -0.009),
        ("南村", " South Village", -0.011, 0.003),
    ];

    public static Node City { get; } = new("371000", new("威海市", "Weihai"), new(37.513, 122.120),
    [
        District("371002", "环翠区", "Huancui District", 37.50, 122.12,
        [
            ("001", "环翠楼街道", "Huancuilou Street", 37.511, 122.118),
            ("002", "鲸园街道", "Jingyuan Street", 37.519, 122.128),
            ("003", "竹岛街道", "Zhudao Street", 37.490, 122.113),
            ("101", "张村镇", "Zhangcun Town", 37.460, 122.050),
            ("102", "羊亭镇", "Yangting Town", 37.430, 121.980),
        ]),
        District("371003", "文登区", "Wendeng District", 37.19, 122.06,
        [
            ("001", "龙山街道", "Longshan Street", 37.197, 122.057),
            ("002", "天福街道", "Tianfu Street", 37.205, 122.045),
            ("101", "文登营镇", "Wendengying Town", 37.230, 122.130),
            ("102", "大水泊镇", "Dashuipo Town", 37.120, 122.190),
        ]),
        District("371082", "荣成市", "Rongcheng City", 37.16, 122.49,
        [
            ("001", "崖头街道", "Yatou Street", 37.165, 122.487),
            ("002", "宁津街道", "Ningjin Street", 37.040, 122.570),
            ("101", "成山镇", "Chengshan Town", 37.390, 122.550),
            ("102", "俚岛镇", "Lidao Town", 37.240, 122.590),
        ]),
        District("371083", "乳山市", "Rushan City", 36.92, 121.54,
        [
            ("001", "城区街道", "Chengqu Street", 36.919, 121.538),
            ("101", "夏村镇", "Xiacun Town", 36.900, 121.580),
            ("102", "白沙滩镇", "Baishatan Town", 36.840, 121.560),
            ("103", "海阳所镇", "Haiyangsuo Town", 36.810, 121.670),
        ]),
    ]);

    private static Node District(string code, string zh, string en, double lat, double lon, (string Suffix, string Zh, string En, double Lat, double Lon)[] townships) =>
        new(code, new(zh, en), new(lat, lon), townships.Select(t => Township($"{code}{t.Suffix}", t.Zh, t.En, t.Lat, t.Lon)).ToList());

    private static Node Township(string code, string zh, string en, double lat, double lon)
    {
        var zhStem = zh[..^(zh.EndsWith("街道", StringComparison.Ordinal) ? 2 : 1)];
        var enStem = en[..en.LastIndexOf(' ')];
        var communities = CommunityPattern
            .Select((c, i) => new Node($"{code}{i + 1:000}", new($"{zhStem}{c.Zh}", $"{enStem}{c.En}"), new(lat + c.DLat, lon + c.DLon), []))
            .ToList();
        return new Node(code, new(zh, en), new(lat, lon), communities);
    }
}
