using System.Text.Json;

namespace Charity.Marketplace;

/// <summary>
/// One saved version of settings an Admin edits, stored as JSON. Versions are never edited: what was computed with
/// a version (an assessment's index, a payment's points) can always be explained. The highest number is current.
/// </summary>
/// <typeparam name="TRules">The settings.</typeparam>
public abstract class RuleSetVersion<TRules>
    where TRules : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected RuleSetVersion()
    {
        RulesJson = string.Empty;
        CreatedBy = string.Empty;
    }

    protected RuleSetVersion(int number, TRules rules, DateTimeOffset createdAt, string createdBy)
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

    public TRules Rules => JsonSerializer.Deserialize<TRules>(RulesJson, Json)
        ?? throw new InvalidOperationException($"{GetType().Name} {Number} is empty.");
}
