using Charity.Marketplace.Assessment;
using Charity.Marketplace.Needs;
using Charity.TestSupport.Web;

namespace Charity.Persistence.Tests.Casework;

/// <summary>The station's work queue on each real database: ranking and station scoping.</summary>
public abstract class NeedWorklistTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private const string Description = "需要每周送餐上门，午餐为主。";

    private StationDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await StationDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PageAsync_OwnStation_RanksByHardshipIndexThenUrgencyThenWaitingTime()
    {
        // Published in an order, and at times, that match none of the ranking's keys on their own:
        // by waiting time alone the order would be older, newer, critical, hardest.
        var newer = await PublishAsync(StationDesk.Scores((7, 3), (26, 3)), StationDesk.Now.AddHours(2));
        var older = await PublishAsync(StationDesk.Scores((7, 3), (26, 3)), StationDesk.Now.AddHours(1));
        var hardest = await PublishAsync(StationDesk.Scores((15, 2), (16, 2), (18, 2), (20, 2), (21, 2)), StationDesk.Now.AddHours(4));
        var critical = await PublishAsync(StationDesk.Scores((7, 3), (27, 3)), StationDesk.Now.AddHours(3));
        Guid[] ours = [newer, older, hardest, critical];

        var page = await _desk.Worklist.PageAsync(_desk.Caseworker, new NeedWorklist.Filter(), 0, 1000);

        var ranked = page.Rows.Where(r => ours.Contains(r.Id)).ToList();
        Assert.Equal(
            [(hardest, 6.8m, Urgency.Normal), (critical, 4.3m, Urgency.Critical), (older, 4.3m, Urgency.High), (newer, 4.3m, Urgency.High)],
            ranked.Select(r => (r.Id, r.HardshipIndex, r.Urgency)));
    }

    [Fact]
    public async Task PageAsync_CaseworkerOfAnotherStation_DoesNotSeeTheStationsNeeds()
    {
        var need = await PublishAsync(StationDesk.Scores((28, 3)), StationDesk.Now);

        var own = await _desk.Worklist.PageAsync(_desk.Caseworker, new NeedWorklist.Filter(), 0, 1000);
        var other = await _desk.Worklist.PageAsync(_desk.OtherStation, new NeedWorklist.Filter(), 0, 1000);

        Assert.Contains(own.Rows, r => r.Id == need);
        Assert.DoesNotContain(other.Rows, r => r.Id == need);
        Assert.Empty(other.Rows.Select(r => r.Id).Intersect(own.Rows.Select(r => r.Id)));
    }

    /// <summary>Opens a household, submits an assessment with the scores and publishes a need at <paramref name="at"/>; the need's id.</summary>
    private async Task<Guid> PublishAsync(IndicatorScores scores, DateTimeOffset at)
    {
        var file = await _desk.OpenAsync();
        var assessment = await _desk.SubmitAssessmentAsync(file, scores);
        var result = await _desk.Publisher(at).PublishAsync(_desk.Caseworker, StationDesk.MealDelivery(assessment, Description));
        Assert.Equal(NeedPublishOutcome.Published, result.Outcome);
        return result.NeedId!.Value;
    }
}

public sealed class SqliteNeedWorklistTests(SqlitePortalFactory portal)
    : NeedWorklistTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresNeedWorklistTests(PostgresPortalFactory portal)
    : NeedWorklistTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
