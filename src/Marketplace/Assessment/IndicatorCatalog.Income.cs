namespace Charity.Marketplace.Assessment;

public static partial class IndicatorCatalog
{
    private static AssessmentDimension Income() => new(DimensionCodes.Income, 3, new("经济与刚性支出", "Income and rigid expenditure"),
    [
        new(15, new("收入与当地低保标准对比", "Income against the local minimum standard"),
            Mild: new("家庭人均收入为当地低保标准的1.5至2倍。", "Income per head is 1.5 to 2 times the local minimum-subsistence standard."),
            Moderate: new("家庭人均收入为当地低保标准的1至1.5倍（低保边缘）。", "Income per head is 1 to 1.5 times the standard (a marginal family)."),
            Severe: new("家庭人均收入低于当地低保标准。", "Income per head is below the local standard.")),
        new(16, new("自付医疗费用与收入对比", "Out-of-pocket medical cost against income"),
            Mild: new("自付医疗费用占家庭收入的10%至30%。", "Out-of-pocket medical costs take 10% to 30% of household income."),
            Moderate: new("自付医疗费用占家庭收入的30%至60%。", "Out-of-pocket medical costs take 30% to 60% of household income."),
            Severe: new("自付医疗费用超过家庭收入的60%，或已因病致贫、因病返贫。", "Out-of-pocket medical costs exceed 60% of income, or illness has pushed the household into poverty.")),
        new(17, new("教育支出负担", "Education cost burden"),
            Mild: new("教育支出偏高，但家庭尚能承担。", "Education costs are high but affordable."),
            Moderate: new("教育支出挤占基本生活开支。", "Education costs squeeze basic living expenses."),
            Severe: new("无力承担学杂费和生活费，子女面临辍学。", "Cannot pay school fees and living costs; a child may have to leave school.")),
        new(18, new("债务", "Debt"),
            Mild: new("有少量债务，能按期偿还。", "Some debt, repaid on time."),
            Moderate: new("债务较重，还款困难，影响基本生活。", "Heavy debt that is hard to repay and affects basic living."),
            Severe: new("债务远超偿还能力，被催收或起诉，生活难以为继。", "Debt far beyond what they can repay; pursued by creditors or in court; cannot make ends meet.")),
        new(19, new("突发事件造成损失（灾害、意外）", "Loss from a sudden event (disaster, accident)"),
            Mild: new("遭遇意外或灾害，损失较小，基本生活未受影响。", "A small loss from an accident or disaster; basic living is unaffected."),
            Moderate: new("损失较大，基本生活出现暂时困难。", "A large loss; temporary difficulty meeting basic needs."),
            Severe: new("因火灾、自然灾害、交通事故等遭受重大损失，基本生活陷入困境。", "A major loss from fire, natural disaster, a traffic accident or similar; basic living is in crisis.")),
        new(20, new("无稳定收入", "No stable income"),
            Mild: new("收入不稳定，但有基本来源。", "Income is irregular but there is a basic source."),
            Moderate: new("主要依靠打零工或亲友接济，收入时有时无。", "Lives mainly on odd jobs or help from relatives; income comes and goes."),
            Severe: new("没有任何稳定收入来源。", "No stable source of income at all.")),
        new(21, new("现有救助不足", "Little existing assistance"),
            Mild: new("已享受救助，但仍有部分缺口。", "Receives assistance, with some gaps left."),
            Moderate: new("现有救助明显不足以维持基本生活，或符合条件但尚未纳入。", "Assistance clearly does not cover basic living, or they qualify but are not yet enrolled."),
            Severe: new("未获得任何救助，基本生活没有保障。", "Receives no assistance at all; basic living is not secured.")),
    ]);
}
