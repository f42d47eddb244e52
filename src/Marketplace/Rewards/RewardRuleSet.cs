using System.Text.Json;

namespace Charity.Marketplace.Rewards;

/// <summary>
/// One version of the reward rules an Admin has saved. Versions are never edited: a payment names the version
/// it was computed with, so every amount on a statement can be explained.
/// </summary>
public sealed class RewardRuleSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private RewardRuleSet()
    {
        RulesJson = string.Empty;
        CreatedBy = string.Empty;
    }

    public RewardRuleSet(int number, RewardRules rules, DateTimeOffset createdAt, string createdBy)
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

    /// <summary>From when the version applies: events before it were paid by an earlier version.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public RewardRules Rules => JsonSerializer.Deserialize<RewardRules>(RulesJson, Json)
        ?? throw new InvalidOperationException($"Reward rule set {Number} is empty.");
}
