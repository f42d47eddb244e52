namespace Charity.Marketplace.Assessment;

/// <summary>An assessment as its page shows it: the scores, the rules it is scored under and, once submitted, the result.</summary>
public sealed record AssessmentView(
    Guid Id,
    Guid CaseFileId,
    string FileNumber,
    AssessmentStatus Status,
    IndicatorScores Scores,
    int RuleSetNumber,
    AssessmentRules Rules,
    AssessmentResult? Result,
    DateTimeOffset StartedAt,
    DateTimeOffset? SubmittedAt,
    string AssessorName,
    Guid Version);

/// <summary>One assessment in a household's history, for the chart of scores over time.</summary>
public sealed record AssessmentSummary(Guid Id, AssessmentStatus Status, DateTimeOffset StartedAt, DateTimeOffset? SubmittedAt, decimal? HardshipIndex, Urgency? Urgency, IReadOnlyList<string> SuggestedItems);

public enum AssessmentOutcome
{
    Done = 1,
    NotFound = 2,
    Conflict = 3,
    AlreadySubmitted = 4,
    CaseFileNotActive = 5,
}
