using System.Text.Json;

namespace Charity.Marketplace.Assessment;

/// <summary>
/// One version of the assessment rules an Admin has saved. Versions are never edited: an assessment keeps
/// the version it was scored with, so a past index can always be explained.
/// </summary>
public sealed class AssessmentRuleSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private AssessmentRuleSet()
    {
        RulesJson = string.Empty;
        CreatedBy = string.Empty;
    }

    public AssessmentRuleSet(int number, AssessmentRules rules, DateTimeOffset createdAt, string createdBy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentNullException.ThrowIfNull(rules);
        Id = Guid.CreateVersion7();
        Number = number;
        RulesJson = JsonSerializer.Serialize(rules, Json);
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3 … in the order they were saved; the highest is current.</summary>
    public int Number { get; private set; }

    public string RulesJson { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public AssessmentRules Rules => JsonSerializer.Deserialize<AssessmentRules>(RulesJson, Json)
        ?? throw new InvalidOperationException($"Assessment rule set {Number} is empty.");
}
