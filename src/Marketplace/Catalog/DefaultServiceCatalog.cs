using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Catalog;

/// <summary>
/// The catalog a new installation starts with: Weihai's five categories and twenty items.
/// After the first start it is data an Admin edits; the seeder only adds what is missing.
/// </summary>
public static class DefaultServiceCatalog
{
    public sealed record Entry(string Code, LocalizedText Name, IReadOnlyList<(string Code, LocalizedText Name)> Items);

    public static IReadOnlyList<Entry> Categories { get; } =
    [
        new("LIV", new("生活保障", "Living support"),
        [
            ("LIV-MEAL", new("助餐送餐", "Meal delivery")),
            ("LIV-ERRAND", new("代购代办", "Shopping and errands")),
            ("LIV-GOODS", new("生活物资配送", "Essential goods delivery")),
            ("LIV-REPAIR", new("家电及居家维修", "Appliance and home repair")),
        ]),
        new("CLN", new("卫生清洁", "Cleaning"),
        [
            ("CLN-HOME", new("居家保洁", "Home cleaning")),
            ("CLN-ENV", new("居住环境整治", "Living-environment clean-up")),
            ("CLN-PERSONAL", new("个人清洁护理", "Bathing, haircut and personal hygiene")),
            ("CLN-LAUNDRY", new("衣物被褥清洗", "Laundry and bedding")),
        ]),
        new("HLT", new("健康照护", "Health care"),
        [
            ("HLT-ESCORT", new("陪诊就医", "Escort to medical visits")),
            ("HLT-REHAB", new("康复护理", "Rehabilitation and nursing")),
            ("HLT-CHECK", new("健康监测与义诊", "Health checks and free clinics")),
            ("HLT-MEDS", new("送药上门", "Medicine delivery")),
        ]),
        new("SUP", new("支持提升", "Support and development"),
        [
            ("SUP-COUNSEL", new("心理疏导", "Psychological counselling")),
            ("SUP-VISIT", new("探访关爱", "Visiting and companionship")),
            ("SUP-SKILLS", new("技能培训与就业指导", "Skills training and job guidance")),
            ("SUP-TUTOR", new("学业辅导", "Tutoring for children")),
        ]),
        new("RES", new("资源链接", "Resource linking"),
        [
            ("RES-POLICY", new("政策咨询与代办", "Policy advice and applications")),
            ("RES-CHARITY", new("慈善项目链接", "Linking charity projects")),
            ("RES-ACCESS", new("辅具与无障碍改造", "Assistive devices and accessibility works")),
            ("RES-LEGAL", new("法律援助", "Legal aid")),
        ]),
    ];
}
