namespace Charity.Marketplace.Assessment;

public static partial class IndicatorCatalog
{
    private static AssessmentDimension Employment() => new(DimensionCodes.Employment, 7, new("就业与劳动能力", "Employment and work capacity"),
    [
        new(41, new("劳动年龄成员失业", "Working-age member unemployed"),
            Mild: new("短期失业（三个月以内），正在求职。", "Unemployed for less than three months and looking for work."),
            Moderate: new("失业三个月以上。", "Unemployed for more than three months."),
            Severe: new("家中劳动年龄成员全部失业，或失业一年以上。", "Every working-age member is unemployed, or has been for over a year.")),
        new(42, new("有就业意愿但无工作", "Willing to work, no job"),
            Mild: new("有就业意愿，正在求职，有一定机会。", "Wants work and is job-seeking with some prospects."),
            Moderate: new("多次求职失败，缺少就业渠道。", "Has failed repeatedly and lacks routes into work."),
            Severe: new("长期求职无果，已影响家庭基本生活。", "A long fruitless search that now affects basic living.")),
        new(43, new("部分丧失劳动能力", "Partial loss of work capacity"),
            Mild: new("只能从事轻体力劳动。", "Can do light work only."),
            Moderate: new("劳动能力明显下降，只能从事少量、短时的工作。", "Work capacity clearly reduced; only a little, short work."),
            Severe: new("基本丧失劳动能力。", "Has all but lost the capacity to work.")),
        new(44, new("零工收入不稳定", "Unstable gig income"),
            Mild: new("主要靠打零工，收入有波动。", "Lives mainly on gig work; income varies."),
            Moderate: new("零工机会少，经常数周没有收入。", "Few gigs; often weeks without income."),
            Severe: new("零工收入已无法维持基本生活。", "Gig income no longer covers basic living.")),
        new(45, new("因照护家人无法工作", "Cannot work because caring"),
            Mild: new("因照护家人只能兼职或就近工作。", "Caring limits them to part-time or nearby work."),
            Moderate: new("照护任务重，工作时断时续。", "Caring is heavy; work is on and off."),
            Severe: new("需要全天照护家人，完全无法工作。", "Cares for a relative full time and cannot work at all.")),
        new(46, new("就业障碍", "Barriers to employment"),
            Mild: new("年龄、健康或文化程度等因素带来一定就业障碍。", "Age, health or schooling makes finding work somewhat harder."),
            Moderate: new("存在残疾、刑满释放、证件缺失等多重障碍，求职屡受影响。", "Several barriers such as disability, a prison record or missing papers keep hindering job-seeking."),
            Severe: new("障碍严重，没有专门帮扶几乎无法就业。", "Barriers so severe that work is almost impossible without dedicated help.")),
    ]);
}
