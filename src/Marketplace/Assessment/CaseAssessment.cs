namespace Charity.Marketplace.Assessment;

/// <summary>
/// A needs assessment of one household: 52 indicator scores, saved as a draft until submitted, then scored
/// with the rule set it was started under. The result is stored for ranking and recomputed for its reasons.
/// </summary>
public sealed class CaseAssessment : IVersioned
{
    private CaseAssessment()
    {
        Scores = string.Empty;
        AssessorName = string.Empty;
        SuggestedItems = [];
    }

    public CaseAssessment(Guid caseFileId, AssessmentRuleSet ruleSet, Guid assessorId, string assessorName, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        Id = Guid.CreateVersion7();
        CaseFileId = caseFileId;
        RuleSetId = ruleSet.Id;
        RuleSetNumber = ruleSet.Number;
        AssessorId = assessorId;
        AssessorName = assessorName;
        StartedAt = startedAt;
        Status = AssessmentStatus.Draft;
        Scores = IndicatorScores.None.ToStorageString();
        SuggestedItems = [];
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public Guid CaseFileId { get; private set; }

    public Guid RuleSetId { get; private set; }

    public int RuleSetNumber { get; private set; }

    public AssessmentStatus Status { get; private set; }

    /// <summary>The 52 scores as digits, indicator 1 first.</summary>
    public string Scores { get; private set; }

    public decimal? HardshipIndex { get; private set; }

    public Urgency? Urgency { get; private set; }

    public List<string> SuggestedItems { get; private set; }

    public Guid AssessorId { get; private set; }

    public string AssessorName { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid Version { get; set; }

    public IndicatorScores IndicatorScores => IndicatorScores.Parse(Scores);

    public void SaveDraft(IndicatorScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        EnsureDraft();
        Scores = scores.ToStorageString();
    }

    public AssessmentResult Submit(IndicatorScores scores, AssessmentRules rules, DateTimeOffset at)
    {
        SaveDraft(scores);
        var result = AssessmentScorer.Score(scores, rules);
        Status = AssessmentStatus.Submitted;
        SubmittedAt = at;
        HardshipIndex = result.HardshipIndex;
        Urgency = result.Urgency;
        SuggestedItems = result.Suggestions.Select(s => s.ServiceItemCode).ToList();
        return result;
    }

    private void EnsureDraft()
    {
        if (Status != AssessmentStatus.Draft)
        {
            throw new InvalidOperationException("A submitted assessment cannot be changed; start a reassessment instead.");
        }
    }
}
