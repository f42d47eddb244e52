using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Rewards;

/// <summary>What became of a points command; <see cref="Problem"/> names the input at fault and says why.</summary>
public sealed record RewardResult(RewardOutcome Outcome, Guid? Id = null, RewardProblem? Problem = null)
{
    public static RewardResult NotFound { get; } = new(RewardOutcome.NotFound);

    /// <summary>Changed by someone else since it was read: nothing was saved.</summary>
    public static RewardResult Conflict { get; } = new(RewardOutcome.Conflict);

    /// <summary>The budget (or the giver's account) holds fewer points than the command needs.</summary>
    public static RewardResult InsufficientPoints { get; } = new(RewardOutcome.InsufficientPoints);

    public static RewardResult Done(Guid id) => new(RewardOutcome.Done, id);

    public static RewardResult Invalid(string field, LocalizedText message) => new(RewardOutcome.Invalid, Problem: new(field, message));
}

public enum RewardOutcome
{
    Done = 1,
    NotFound = 2,
    Invalid = 3,
    InsufficientPoints = 4,
    Conflict = 5,
}

public sealed record RewardProblem(string Field, LocalizedText Message);
