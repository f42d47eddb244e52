using Charity.Marketplace.Assessment;
using Charity.Marketplace.Referrals;

namespace Charity.Marketplace.Tests.Referrals;

public sealed class ReferralStateMachineTests
{
    /// <summary>Every legal move of DOMAIN's loop, written out once more by hand: anything else must be refused.</summary>
    private static readonly HashSet<(ReferralStatus, ReferralAction, ReferralActor, ReferralStatus)> Legal =
    [
        (ReferralStatus.Proposed, ReferralAction.Accept, ReferralActor.Provider, ReferralStatus.Accepted),
        (ReferralStatus.Proposed, ReferralAction.Decline, ReferralActor.Provider, ReferralStatus.Declined),
        (ReferralStatus.Proposed, ReferralAction.Expire, ReferralActor.System, ReferralStatus.Expired),
        (ReferralStatus.Proposed, ReferralAction.Cancel, ReferralActor.Caseworker, ReferralStatus.Cancelled),
        (ReferralStatus.Proposed, ReferralAction.Cancel, ReferralActor.System, ReferralStatus.Cancelled),
        (ReferralStatus.Accepted, ReferralAction.Schedule, ReferralActor.Provider, ReferralStatus.Scheduled),
        (ReferralStatus.Accepted, ReferralAction.StartService, ReferralActor.Provider, ReferralStatus.InService),
        (ReferralStatus.Accepted, ReferralAction.Cancel, ReferralActor.Caseworker, ReferralStatus.Cancelled),
        (ReferralStatus.Accepted, ReferralAction.Cancel, ReferralActor.Provider, ReferralStatus.Cancelled),
        (ReferralStatus.Scheduled, ReferralAction.Schedule, ReferralActor.Provider, ReferralStatus.Scheduled),
        (ReferralStatus.Scheduled, ReferralAction.StartService, ReferralActor.Provider, ReferralStatus.InService),
        (ReferralStatus.Scheduled, ReferralAction.Cancel, ReferralActor.Caseworker, ReferralStatus.Cancelled),
        (ReferralStatus.Scheduled, ReferralAction.Cancel, ReferralActor.Provider, ReferralStatus.Cancelled),
        (ReferralStatus.InService, ReferralAction.Complete, ReferralActor.Caseworker, ReferralStatus.Completed),
        (ReferralStatus.InService, ReferralAction.Cancel, ReferralActor.Caseworker, ReferralStatus.Cancelled),
        (ReferralStatus.InService, ReferralAction.Cancel, ReferralActor.Provider, ReferralStatus.Cancelled),
        (ReferralStatus.Completed, ReferralAction.Close, ReferralActor.Caseworker, ReferralStatus.Closed),
    ];

    public static TheoryData<ReferralStatus, ReferralAction, ReferralActor> EveryMove()
    {
        var moves = new TheoryData<ReferralStatus, ReferralAction, ReferralActor>();
        foreach (var status in Enum.GetValues<ReferralStatus>())
        {
            foreach (var action in Enum.GetValues<ReferralAction>())
            {
                foreach (var actor in Enum.GetValues<ReferralActor>())
                {
                    moves.Add(status, action, actor);
                }
            }
        }

        return moves;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void Next_AnyMove_IsAllowedExactlyWhenTheLoopAllowsIt(ReferralStatus from, ReferralAction action, ReferralActor actor)
    {
        var expected = Legal.SingleOrDefault(m => m.Item1 == from && m.Item2 == action && m.Item3 == actor);

        var next = ReferralStateMachine.Next(from, action, actor);

        Assert.Equal(expected == default ? null : expected.Item4, next);
    }

    [Theory]
    [InlineData(ReferralStatus.Declined)]
    [InlineData(ReferralStatus.Expired)]
    [InlineData(ReferralStatus.Closed)]
    [InlineData(ReferralStatus.Cancelled)]
    public void ActionsFor_FinalState_OffersNothingToAnyone(ReferralStatus status) =>
        Assert.All(Enum.GetValues<ReferralActor>(), actor => Assert.Empty(ReferralStateMachine.ActionsFor(status, actor)));

    [Fact]
    public void TryApply_CaseworkerAcceptsForTheProvider_IsRefusedAndChangesNothing()
    {
        var referral = NewReferral();
        var version = referral.Version;

        Assert.False(referral.TryApply(ReferralAction.Accept, ReferralActor.Caseworker, referral.ProposedAt.AddHours(1)));

        Assert.Equal((ReferralStatus.Proposed, version, (DateTimeOffset?)null), (referral.Status, referral.Version, referral.AcceptedAt));
    }

    [Theory]
    [InlineData(Urgency.Critical, 24)]
    [InlineData(Urgency.High, 72)]
    [InlineData(Urgency.Normal, 7 * 24)]
    [InlineData(Urgency.Low, 30 * 24)]
    public void RespondBy_ByUrgency_FollowsTheDomainDeadlines(Urgency urgency, int hours)
    {
        var referral = NewReferral(urgency);

        Assert.Equal(TimeSpan.FromHours(hours), referral.RespondBy - referral.ProposedAt);
    }

    private static Referral NewReferral(Urgency urgency = Urgency.Normal) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "LIV-MEAL", urgency, 3.2, Guid.NewGuid(), "社工", new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
}
