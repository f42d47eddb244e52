using Charity.Marketplace;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Events;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Rewards;
using Charity.Marketplace.Visits;
using Charity.Persistence.Tests.Casework;
using Charity.Persistence.Tests.Referrals;
using Charity.TestSupport.Time;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Tests.Rewards;

/// <summary>
/// Points paid for the referral loop's events on each real database, with the portal's own dispatcher running
/// beside the tests as it does in production: redeliveries, races for the daily cap, rated referrals, empty budgets.
/// </summary>
public abstract class RewardPaymentTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private RewardDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await RewardDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ConfirmedVisit_DeliveredManyTimesAtOnce_PaysTheVolunteerOnce()
    {
        var volunteer = await _desk.Referrals.TeamVolunteerAsync();
        var visit = await _desk.ConfirmedVisitAsync(volunteer, minutes: 90);

        var deliveries = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _desk.Get<VisitRewards>().PayAsync(visit))));
        await _desk.Get<OutboxDispatcher>().DispatchPendingAsync();

        Assert.All(deliveries, d => Assert.Equal(OutboxDelivery.Delivered, d));
        Assert.Equal(15, await _desk.VolunteerBalanceAsync(volunteer));
        var payment = await _desk.Ledger.FindByIdempotencyKeyAsync($"visit:{visit.VisitId:N}:{volunteer:N}");
        Assert.NotNull(payment);
        Assert.Equal("90 min × 1 · v1", payment.Description);
    }

    [Fact]
    public async Task MalformedEvent_StaysPendingWithTheReason_AndTheOthersAreStillPaid()
    {
        // Its volunteers are missing: the handler throws, not with a database error.
        var poison = OutboxMessage.For(new VisitConfirmed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "LIV-MEAL", StationDesk.Today, 60, null!, ReferralDesk.Now), ReferralDesk.Now.AddYears(-1));
        await using (var db = await _desk.Referrals.Contexts.CreateDbContextAsync())
        {
            db.Outbox.Add(poison);
            await db.SaveChangesAsync();
        }

        var volunteer = await _desk.Referrals.TeamVolunteerAsync();
        await _desk.ConfirmedVisitAsync(volunteer, minutes: 60);
        await _desk.Get<OutboxDispatcher>().DispatchPendingAsync();

        Assert.Equal(10, await _desk.VolunteerBalanceAsync(volunteer));
        await using var reread = await _desk.Referrals.Contexts.CreateDbContextAsync();
        var stuck = await reread.Outbox.AsNoTracking().SingleAsync(m => m.Id == poison.Id);
        Assert.Null(stuck.DispatchedAt);
        Assert.True(stuck.FailedAttempts >= 1);
        Assert.NotNull(stuck.LastFailure);
        Assert.True((await _desk.Get<OutboxDispatcher>().BacklogAsync()).Failing >= 1);
    }

    [Fact]
    public async Task TwoLongVisitsOnOneDay_PaidAtOnce_TogetherStayWithinTheDailyCap()
    {
        var volunteer = await _desk.Referrals.TeamVolunteerAsync();
        var first = await _desk.ConfirmedVisitAsync(volunteer, minutes: 600);
        var second = await _desk.ConfirmedVisitAsync(volunteer, minutes: 600);

        await Task.WhenAll(
            Task.Run(() => _desk.Get<VisitRewards>().PayAsync(first)),
            Task.Run(() => _desk.Get<VisitRewards>().PayAsync(second)));
        await _desk.Get<OutboxDispatcher>().DispatchPendingAsync();

        Assert.Equal(RewardRules.Default.VolunteerDailyCap, await _desk.VolunteerBalanceAsync(volunteer));
        await using var db = await _desk.Referrals.Contexts.CreateDbContextAsync();
        var earnings = await db.VolunteerEarnings.AsNoTracking().Where(e => e.VolunteerId == volunteer).OrderByDescending(e => e.Points).ToListAsync();
        Assert.Equal([80L, 0L], earnings.Select(e => e.Points));
        Assert.Equal(80, (await db.VolunteerDays.SingleAsync(d => d.VolunteerId == volunteer)).Points);
    }

    [Theory]
    [InlineData(5, 20)]
    [InlineData(4, 20)]
    [InlineData(3, 0)]
    public async Task CompletedReferral_RewardsTheOrganisationOnlyWhenRatedFourOrMore(int satisfaction, long reward)
    {
        var referral = await _desk.Referrals.AcceptedAsync();

        // Started by a visit, as the loop requires, then completed: the dispatcher delivers the event, perhaps twice.
        var volunteer = await _desk.Referrals.TeamVolunteerAsync();
        await _desk.Referrals.Visits().LogAsync(_desk.Referrals.Agency, referral, ReferralDesk.Visit(volunteer));
        Assert.Equal(ReferralOutcome.Done, (await _desk.Referrals.Commands().CompleteAsync(_desk.Referrals.Caseworker, referral, satisfaction, await _desk.Referrals.VersionAsync(referral))).Outcome);
        var completed = (await _desk.EventAsync<ReferralCompleted>(e => e.ReferralId == referral))!;
        await _desk.Get<ReferralRewards>().PayAsync(completed);
        await _desk.Get<ReferralRewards>().PayAsync(completed);

        var paid = await _desk.Ledger.FindByIdempotencyKeyAsync($"referral:{referral:N}");
        Assert.Equal(reward, paid?.Postings.Single(p => p.Amount > 0).Amount ?? 0);
    }

    [Fact]
    public async Task EmptyBudget_LeavesTheRewardPendingUntilTheBudgetIsFunded()
    {
        // A rule version of the far future draws on a new, empty budget; only events of that time use it.
        var future = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var budgets = _desk.Get<RewardBudgets>();
        var empty = (await budgets.CreateAsync($"空预算 {Guid.NewGuid():N}"[..20], "测试赞助方", "test")).Id!.Value;
        var rules = new RewardRulesService(_desk.Referrals.Contexts, budgets, new FixedClock(future));
        var current = (await rules.CurrentAsync()).Rules;
        Assert.Empty((await rules.SaveAsync(current with { Budgets = current.Budgets with { CompletedReferrals = empty } }, "test")).Problems);
        var organisation = Guid.NewGuid();
        var completed = new ReferralCompleted(Guid.NewGuid(), organisation, 5, future.AddDays(1));
        var rewards = new ReferralRewards(rules, budgets, _desk.Get<RewardAccounts>(), _desk.Ledger);

        Assert.Equal(OutboxDelivery.RetryLater, await rewards.PayAsync(completed));
        Assert.Equal(0, await _desk.OrganisationBalanceAsync(organisation));

        Assert.Equal(RewardOutcome.Done, (await budgets.FundAsync(empty, 100, Guid.NewGuid())).Outcome);
        Assert.Equal(OutboxDelivery.Delivered, await rewards.PayAsync(completed));
        Assert.Equal(20, await _desk.OrganisationBalanceAsync(organisation));
        Assert.Contains(await budgets.ListAsync(), b => b.Id == empty && b.Balance == 80);
    }

    [Fact]
    public async Task HouseholdWork_SentTwice_PaysOnceAndIsOnTheTimelineOnce()
    {
        var household = await _desk.Referrals.Station.OpenAsync();
        var work = new HouseholdWork(Guid.NewGuid(), ChinaCalendar.Today(TimeProvider.System), 2m, "村道清扫");
        var rewards = _desk.Get<HouseholdRewards>();

        var results = await Task.WhenAll(
            Task.Run(() => rewards.LogWorkAsync(_desk.Referrals.Station.Caseworker, household, work)),
            Task.Run(() => _desk.Get<HouseholdRewards>().LogWorkAsync(_desk.Referrals.Station.Caseworker, household, work)));

        Assert.All(results, r => Assert.Equal(RewardOutcome.Done, r.Outcome));
        Assert.Equal(10, await rewards.BalanceAsync(_desk.Referrals.Station.Caseworker, household));
        await using var db = await _desk.Referrals.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.CaseFileEvents.CountAsync(e => e.CaseFileId == household && e.Kind == CaseEventKind.PublicBenefitWorkLogged));
    }

    [Theory]
    [InlineData(0.3, "村道清扫", nameof(HouseholdWork.Hours))]
    [InlineData(9, "村道清扫", nameof(HouseholdWork.Hours))]
    [InlineData(2, "", nameof(HouseholdWork.Activity))]
    [InlineData(2, "和李大爷一起清扫", nameof(HouseholdWork.Activity))]
    [InlineData(2, "联系电话 13812345678", nameof(HouseholdWork.Activity))]
    public async Task HouseholdWork_Invalid_IsRefusedNamingTheFieldAndPaysNothing(double hours, string activity, string field)
    {
        var household = await _desk.Referrals.Station.OpenAsync();
        var rewards = _desk.Get<HouseholdRewards>();

        var result = await rewards.LogWorkAsync(_desk.Referrals.Station.Caseworker, household, new HouseholdWork(Guid.NewGuid(), ChinaCalendar.Today(TimeProvider.System), (decimal)hours, activity));

        Assert.Equal((RewardOutcome.Invalid, field), (result.Outcome, result.Problem?.Field));
        Assert.Equal(0, await rewards.BalanceAsync(_desk.Referrals.Station.Caseworker, household));
    }

    [Fact]
    public async Task HouseholdWork_ForAnotherStationsHousehold_IsNotFound()
    {
        var household = await _desk.Referrals.Station.OpenAsync();

        var result = await _desk.Get<HouseholdRewards>().LogWorkAsync(
            _desk.Referrals.Station.OtherStation, household, new HouseholdWork(Guid.NewGuid(), ChinaCalendar.Today(TimeProvider.System), 1m, "村道清扫"));

        Assert.Equal(RewardOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task Gift_FromAVolunteerThroughTheStation_ReachesTheHouseholdAndNeverOverdraws()
    {
        var volunteer = await _desk.Referrals.TeamVolunteerAsync();
        var visit = await _desk.ConfirmedVisitAsync(volunteer, minutes: 60);
        await _desk.Get<VisitRewards>().PayAsync(visit);
        var household = await _desk.Referrals.Station.OpenAsync();
        var station = _desk.Referrals.Station.Caseworker.StationId!.Value;
        var gifts = _desk.Get<PointsGifts>();
        var pool = await gifts.PoolBalanceAsync(station);

        Assert.Equal(RewardOutcome.InsufficientPoints, (await gifts.GiveToStationAsync(volunteer, station, 11, Guid.NewGuid())).Outcome);
        Assert.Equal(RewardOutcome.Done, (await gifts.GiveToStationAsync(volunteer, station, 6, Guid.NewGuid())).Outcome);
        Assert.Equal(RewardOutcome.Done, (await gifts.PassOnAsync(_desk.Referrals.Station.Caseworker, household, 6, Guid.NewGuid())).Outcome);

        Assert.Equal(4, await _desk.VolunteerBalanceAsync(volunteer));
        Assert.Equal(pool, await gifts.PoolBalanceAsync(station));
        Assert.Equal(6, await _desk.Get<HouseholdRewards>().BalanceAsync(_desk.Referrals.Station.Caseworker, household));
        Assert.Equal(RewardOutcome.NotFound, (await gifts.PassOnAsync(_desk.Referrals.Station.OtherStation, household, 1, Guid.NewGuid())).Outcome);
    }
}

public sealed class SqliteRewardPaymentTests(SqlitePortalFactory portal)
    : RewardPaymentTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresRewardPaymentTests(PostgresPortalFactory portal)
    : RewardPaymentTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
