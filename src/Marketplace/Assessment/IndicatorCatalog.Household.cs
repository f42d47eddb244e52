namespace Charity.Marketplace.Assessment;

public static partial class IndicatorCatalog
{
    private static AssessmentDimension Household() => new(DimensionCodes.Household, 1, new("家庭结构", "Household structure"),
    [
        new(1, new("独居或无法定赡养（抚养、扶养）人", "Lives alone or has no legal supporter"),
            Mild: new("独居，但子女或亲属在本地，能定期探望。", "Lives alone, but children or relatives nearby visit regularly."),
            Moderate: new("独居，法定赡养人在外地或履行义务不足，很少探望。", "Lives alone; the legal supporters live far away or do little and rarely visit."),
            Severe: new("无法定赡养、抚养、扶养义务人，或义务人无履行能力，日常无人照应。", "Has no legal supporter, or the supporters cannot provide; nobody looks after them.")),
        new(2, new("家中有需要照护的成员", "Members needing care"),
            Mild: new("有一名成员需要部分照护，如高龄但基本能自理。", "One member needs some care, e.g. very old but largely self-caring."),
            Moderate: new("有一名成员需要日常照护，或两名成员需要部分照护。", "One member needs daily care, or two members need some care."),
            Severe: new("有两名及以上成员需要长期照护，或一名成员需要全天照护。", "Two or more members need long-term care, or one needs care round the clock.")),
        new(3, new("主要照顾者无力照护（年老、患病、残疾）", "Main carer unable to care (old, ill, disabled)"),
            Mild: new("照顾者体力或精力不足，照护偶有困难。", "The carer is tired or frail; care sometimes falls short."),
            Moderate: new("照顾者年老、患病或残疾，只能完成部分照护。", "The carer is old, ill or disabled and manages only part of the care."),
            Severe: new("照顾者本身需要照护或已无力照护，照护实际中断。", "The carer needs care themselves or can no longer give it; care has in effect stopped.")),
        new(4, new("单亲或隔代抚养子女", "Single-parent or grandparent-raised children"),
            Mild: new("单亲或隔代抚养，抚养人身体和收入尚可。", "A single parent or grandparents raise the children and are in fair health with some income."),
            Moderate: new("抚养人精力、收入或教养能力不足，子女照料存在缺口。", "The carer lacks energy, income or parenting skills; the children's care has gaps."),
            Severe: new("抚养人年迈多病或无力抚养，子女的基本生活和监护难以保障。", "The carer is old, sick or unable to cope; the children's basic needs and guardianship are not secured.")),
        new(5, new("家庭成员失踪、服刑或失联", "Member missing, imprisoned or unreachable"),
            Mild: new("有成员长期在外、联系不稳定，对家庭影响较小。", "A member is away for long periods with irregular contact; little effect on the household."),
            Moderate: new("有成员服刑、失踪或失联，家庭收入或照护受到明显影响。", "A member is imprisoned, missing or unreachable; income or care clearly suffers."),
            Severe: new("主要劳动力或监护人服刑、失踪或失联，家庭失去主要依靠。", "The main earner or guardian is imprisoned, missing or unreachable; the household has lost its mainstay.")),
        new(6, new("家庭矛盾或家庭暴力风险", "Family conflict or violence risk"),
            Mild: new("家庭关系紧张，偶有争吵。", "Relationships are strained, with occasional quarrels."),
            Moderate: new("家庭矛盾频繁激烈，已有虐待、遗弃或暴力的苗头。", "Conflict is frequent and heated, with signs of abuse, neglect or violence."),
            Severe: new("已发生家庭暴力、虐待或遗弃，当事人人身安全受到威胁。", "Violence, abuse or abandonment has happened; someone's safety is at risk.")),
    ]);
}
