namespace Charity.Marketplace.Referrals;

/// <summary>
/// The legal moves of a referral: from which state, by whom, to which state. Everything not listed is refused.
/// Declined, expired, closed and cancelled referrals are final; a declined or expired one returns its need to matching.
/// </summary>
public static class ReferralStateMachine
{
    private static readonly Dictionary<(ReferralStatus From, ReferralAction Action), (ReferralStatus To, ReferralActor[] By)> Moves = new()
    {
        [(ReferralStatus.Proposed, ReferralAction.Accept)] = (ReferralStatus.Accepted, [ReferralActor.Provider]),
        [(ReferralStatus.Proposed, ReferralAction.Decline)] = (ReferralStatus.Declined, [ReferralActor.Provider]),
        [(ReferralStatus.Proposed, ReferralAction.Expire)] = (ReferralStatus.Expired, [ReferralActor.System]),
        [(ReferralStatus.Accepted, ReferralAction.Schedule)] = (ReferralStatus.Scheduled, [ReferralActor.Provider]),
        [(ReferralStatus.Scheduled, ReferralAction.Schedule)] = (ReferralStatus.Scheduled, [ReferralActor.Provider]),
        [(ReferralStatus.Accepted, ReferralAction.StartService)] = (ReferralStatus.InService, [ReferralActor.Provider]),
        [(ReferralStatus.Scheduled, ReferralAction.StartService)] = (ReferralStatus.InService, [ReferralActor.Provider]),
        [(ReferralStatus.InService, ReferralAction.Complete)] = (ReferralStatus.Completed, [ReferralActor.Caseworker]),
        [(ReferralStatus.Completed, ReferralAction.Close)] = (ReferralStatus.Closed, [ReferralActor.Caseworker]),
        [(ReferralStatus.Proposed, ReferralAction.Cancel)] = (ReferralStatus.Cancelled, [ReferralActor.Caseworker, ReferralActor.System]),
        [(ReferralStatus.Accepted, ReferralAction.Cancel)] = (ReferralStatus.Cancelled, [ReferralActor.Caseworker, ReferralActor.Provider]),
        [(ReferralStatus.Scheduled, ReferralAction.Cancel)] = (ReferralStatus.Cancelled, [ReferralActor.Caseworker, ReferralActor.Provider]),
        [(ReferralStatus.InService, ReferralAction.Cancel)] = (ReferralStatus.Cancelled, [ReferralActor.Caseworker, ReferralActor.Provider]),
    };

    /// <summary>The state <paramref name="action"/> by <paramref name="actor"/> leads to from <paramref name="from"/>, or null when it is not allowed.</summary>
    public static ReferralStatus? Next(ReferralStatus from, ReferralAction action, ReferralActor actor) =>
        Moves.TryGetValue((from, action), out var move) && move.By.Contains(actor) ? move.To : null;

    /// <summary>The actions <paramref name="actor"/> may take on a referral in <paramref name="status"/>, for pages to offer.</summary>
    public static IReadOnlyList<ReferralAction> ActionsFor(ReferralStatus status, ReferralActor actor) =>
        [.. Moves.Where(m => m.Key.From == status && m.Value.By.Contains(actor)).Select(m => m.Key.Action).Distinct().Order()];

    /// <summary>Still in the loop: the need is spoken for (or waiting on an answer).</summary>
    public static bool IsOpen(ReferralStatus status) =>
        status is ReferralStatus.Proposed or ReferralStatus.Accepted or ReferralStatus.Scheduled or ReferralStatus.InService;

    /// <summary>Accepted and not yet over: the provider is serving the household and may see its contact details.</summary>
    public static IReadOnlyList<ReferralStatus> Underway { get; } = [ReferralStatus.Accepted, ReferralStatus.Scheduled, ReferralStatus.InService];

    public static bool IsUnderway(ReferralStatus status) => Underway.Contains(status);
}
