using Charity.Marketplace.Organisations;

namespace Charity.Portal.Blazor.Seeding;

/// <summary>Fictitious provider organisations of every type, spread over Weihai's four districts.</summary>
internal static class DemoOrganisations
{
    public sealed record Entry(string Name, OrganisationType Type, string DistrictCode, bool Verified = true);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new("威海市环翠区卫生健康服务中心", OrganisationType.GovernmentDepartment, "371002"),
        new("乳山市残疾人康复服务中心", OrganisationType.GovernmentDepartment, "371083"),
        new("文登区妇女联合会", OrganisationType.MassOrganisation, "371003"),
        new("荣成市残疾人联合会", OrganisationType.MassOrganisation, "371082"),
        new("乳山市总工会", OrganisationType.MassOrganisation, "371083"),
        new("威海市养老服务协会", OrganisationType.SocialOrganisation, "371002"),
        new("荣成市邻里互助促进会", OrganisationType.SocialOrganisation, "371082"),
        new("文登区家庭教育促进会", OrganisationType.SocialOrganisation, "371003"),
        new("威海市慈善总会", OrganisationType.Charity, "371002"),
        new("乳山市慈心公益基金会", OrganisationType.Charity, "371083"),
        new("荣成市海韵慈善基金会", OrganisationType.Charity, "371082"),
        new("威海海悦家政服务有限公司", OrganisationType.CaringEnterprise, "371002"),
        new("荣成鑫诚物业管理有限公司", OrganisationType.CaringEnterprise, "371082"),
        new("文登康宁医药连锁有限公司", OrganisationType.CaringEnterprise, "371003"),
        new("乳山暖阳餐饮管理有限公司", OrganisationType.CaringEnterprise, "371083"),
        new("环翠区红马甲志愿服务队", OrganisationType.VolunteerTeam, "371002"),
        new("荣成市海之韵志愿服务队", OrganisationType.VolunteerTeam, "371082"),
        new("乳山市银龄志愿服务队", OrganisationType.VolunteerTeam, "371083"),
        new("文登区青年志愿服务队", OrganisationType.VolunteerTeam, "371003"),
        new("威海市阳光社会工作服务中心", OrganisationType.SocialWorkAgency, "371002"),
        new("文登区同心社会工作服务中心", OrganisationType.SocialWorkAgency, "371003"),
        new("荣成市益家社会工作服务中心", OrganisationType.SocialWorkAgency, "371082"),
        new("环翠区微光助老服务社", OrganisationType.SocialOrganisation, "371002", Verified: false),
        new("乳山市和美家政服务有限公司", OrganisationType.CaringEnterprise, "371083", Verified: false),
    ];

    /// <summary>The registration authority and type characters of GB 32100-2015 for each kind of organisation.</summary>
    public static string AuthorityAndTypeOf(OrganisationType type) => type switch
    {
        OrganisationType.GovernmentDepartment => "12",
        OrganisationType.MassOrganisation => "13",
        OrganisationType.SocialOrganisation or OrganisationType.VolunteerTeam => "51",
        OrganisationType.SocialWorkAgency => "52",
        OrganisationType.Charity => "53",
        OrganisationType.CaringEnterprise => "91",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
