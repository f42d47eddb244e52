namespace Charity.Marketplace.Assessment;

public static partial class IndicatorCatalog
{
    private static AssessmentDimension SocialSupport() => new(DimensionCodes.SocialSupport, 8, new("社会支持与心理", "Social support and wellbeing"),
    [
        new(47, new("孤独和社会隔离", "Isolation and loneliness"),
            Mild: new("社会交往较少，偶尔感到孤独。", "Has little social contact and sometimes feels lonely."),
            Moderate: new("很少与人交流，经常感到孤独。", "Rarely talks to anyone and often feels lonely."),
            Severe: new("长期与外界隔绝，数日无人来往。", "Cut off for long periods; nobody calls for days.")),
        new(48, new("心理困扰", "Psychological distress"),
            Mild: new("有焦虑、低落等情绪，能自我调节。", "Anxious or low at times, but copes."),
            Moderate: new("情绪困扰持续，影响睡眠、饮食或日常生活。", "Lasting distress that affects sleep, appetite or daily life."),
            Severe: new("情绪困扰严重，丧失生活信心，需要专业干预。", "Severe distress and loss of hope; needs professional help.")),
        new(49, new("近期丧亲或重大变故", "Recent bereavement or major loss"),
            Mild: new("一年内经历过变故，已基本适应。", "Suffered a loss within the last year and has largely adjusted."),
            Moderate: new("近期丧亲或遭遇重大变故，仍处于悲伤之中。", "Recently bereaved or hit by a major loss and still grieving."),
            Severe: new("刚失去配偶、子女等至亲或遭遇重大变故，生活陷入混乱。", "Has just lost a spouse, child or other close relative, or suffered a major blow; life is in disarray.")),
        new(50, new("缺少邻里和亲友支持", "No neighbour or relative support"),
            Mild: new("有亲友或邻里支持，但不稳定。", "Some support from relatives or neighbours, but not reliable."),
            Moderate: new("支持很少，遇到困难难以找到帮手。", "Very little support; hard to find help in trouble."),
            Severe: new("完全没有亲友和邻里支持。", "No support from relatives or neighbours at all.")),
        new(51, new("不了解救助政策", "Unaware of assistance policies"),
            Mild: new("了解部分政策，但不清楚申请流程。", "Knows some policies but not how to apply."),
            Moderate: new("对救助政策了解很少，应享受的救助尚未申请。", "Knows little of the policies and has not applied for what they are entitled to."),
            Severe: new("完全不了解救助政策，且没有能力自行申请。", "Knows nothing of the policies and cannot apply alone.")),
        new(52, new("有自伤或极端行为风险", "Risk of self-harm or extreme acts"),
            Mild: new("偶有消极言语，但没有具体想法。", "Occasionally talks negatively, without specific thoughts."),
            Moderate: new("流露轻生念头或有过激言行，需要密切关注。", "Voices thoughts of suicide or speaks and acts aggressively; needs close watch."),
            Severe: new("有明确的自伤、自杀计划或行为，或扬言实施极端行为。", "Has a concrete plan or has acted to harm themselves, or threatens an extreme act.")),
    ]);
}
