namespace Charity.Marketplace.Assessment;

/// <summary>One version of the assessment rules: an assessment keeps the version it was scored with.</summary>
public sealed class AssessmentRuleSet : RuleSetVersion<AssessmentRules>
{
    private AssessmentRuleSet()
    {
    }

    public AssessmentRuleSet(int number, AssessmentRules rules, DateTimeOffset createdAt, string createdBy)
        : base(number, rules, createdAt, createdBy)
    {
    }
}
