namespace Charity.Marketplace.Assessment;

public static partial class IndicatorCatalog
{
    private static AssessmentDimension Education() => new(DimensionCodes.Education, 6, new("教育与发展", "Education and development"),
    [
        new(35, new("子女失学或有辍学风险", "Child out of school or at risk of dropping out"),
            Mild: new("学习积极性下降，偶有旷课。", "Losing interest in school, with occasional truancy."),
            Moderate: new("经常旷课，或因家庭原因有明显的辍学倾向。", "Often truant, or clearly inclined to leave school for family reasons."),
            Severe: new("义务教育阶段的子女已经失学或辍学。", "A child of compulsory-school age is out of school or has dropped out.")),
        new(36, new("学习困难", "Learning difficulties"),
            Mild: new("个别科目跟不上，需要辅导。", "Behind in a few subjects and needs tutoring."),
            Moderate: new("多门功课明显落后，家中无人辅导。", "Well behind in several subjects, with nobody at home to help."),
            Severe: new("学习困难严重或有特殊教育需要，跟不上正常教学。", "Severe difficulties or special educational needs; cannot follow ordinary teaching.")),
        new(37, new("困境儿童或事实无人抚养儿童", "Child in distress or de facto unsupported"),
            Mild: new("儿童监护较薄弱，但有人照料。", "The child's guardianship is weak, but someone looks after them."),
            Moderate: new("留守或监护缺失，儿童照料明显不足。", "Left behind or without proper guardianship; the child is clearly under-cared-for."),
            Severe: new("属于事实无人抚养儿童或孤儿，或遭受忽视、虐待。", "A de facto unsupported child or an orphan, or neglected or abused.")),
        new(38, new("劳动年龄成员缺乏技能", "Working-age member lacks skills"),
            Mild: new("技能单一，就业选择较少。", "Has few skills and limited job choices."),
            Moderate: new("缺少职业技能，只能从事零散体力劳动。", "Has no vocational skills; only casual manual work."),
            Severe: new("没有任何职业技能且文化程度低，难以就业。", "No vocational skills and little schooling; hard to employ.")),
        new(39, new("缺乏数字技能", "Lacks digital skills"),
            Mild: new("会用手机打电话，但不会使用常用应用。", "Can make phone calls but cannot use common apps."),
            Moderate: new("不会网上办事、移动支付或预约挂号，影响就医和办事。", "Cannot use online services, mobile payment or appointment booking; medical care and errands suffer."),
            Severe: new("完全不会使用智能设备，身边也无人帮助。", "Cannot use smart devices at all and has nobody to help.")),
        new(40, new("上学或培训的费用障碍", "Cost barrier to school or training"),
            Mild: new("费用带来一定压力，但能坚持。", "The costs are a strain but manageable."),
            Moderate: new("因费用放弃部分学习或培训机会。", "Gives up some schooling or training because of cost."),
            Severe: new("因费用无法入学、升学或参加培训。", "Cannot enrol, go on to the next stage or attend training because of cost.")),
    ]);
}
