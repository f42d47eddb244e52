using Charity.Marketplace.Accounts;
using Charity.Marketplace.Candidates;
using Charity.Marketplace.Volunteers;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Tests.Referrals;

/// <summary>A volunteer's nearby open work on each real database: published needs only, fitting skills and time.</summary>
public abstract class NearbyNeedsTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private ReferralDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ReferralDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ForVolunteer_MealSkillAndFreeTime_FindsAnOpenMealNeedNearby()
    {
        var (need, _) = await _desk.OpenNeedAndOfferAsync();
        var volunteer = await VolunteerWithAsync(["LIV-MEAL"], WeeklyAvailability.None.With(DayOfWeek.Monday, DayPart.Morning, true));

        var nearby = await new NearbyNeeds(_desk.Contexts, TimeProvider.System).ForVolunteerAsync(volunteer, count: 200);

        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var published = await db.Needs.Where(n => n.Id == need).Select(n => n.PublishedNeedId).SingleAsync();
        Assert.Contains(nearby, n => n.PublishedNeedId == published && n.ServiceItemCode == "LIV-MEAL");
    }

    [Fact]
    public async Task ForVolunteer_WithoutSkills_FindsNothing()
    {
        var volunteer = await VolunteerWithAsync([], WeeklyAvailability.None.With(DayOfWeek.Monday, DayPart.Morning, true));

        Assert.Empty(await new NearbyNeeds(_desk.Contexts, TimeProvider.System).ForVolunteerAsync(volunteer));
    }

    [Fact]
    public async Task ForVolunteer_TheDemoVolunteer_Answers()
    {
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var demo = await db.Users.Where(u => u.Email == DemoAccounts.EmailFor(PortalRoles.Volunteer)).Select(u => u.Id).SingleAsync();

        var nearby = await new NearbyNeeds(_desk.Contexts, TimeProvider.System).ForVolunteerAsync(demo);

        Assert.All(nearby, n => Assert.InRange(n.AboutKm, 1, (int)NearbyNeeds.ReachKm + 1));
    }

    /// <summary>A volunteer of the caseworker's district with these skills and free time; their user id.</summary>
    private async Task<Guid> VolunteerWithAsync(IReadOnlyList<string> skills, WeeklyAvailability availability)
    {
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var district = await db.Regions.SingleAsync(r => r.Id == _desk.Station.Township.ParentId);
        var userId = Guid.NewGuid();
        var email = $"nearby-{userId:N}@example.org";
        db.Users.Add(new PortalUser { Id = userId, UserName = email, Email = email, DisplayName = "附近志愿者", CreatedAt = DateTimeOffset.UtcNow });
        var volunteer = new Volunteer("附近志愿者", district, skills, DateTimeOffset.UtcNow, userId);
        volunteer.UpdateProfile(null, skills, [], availability);
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync();
        return userId;
    }
}

public sealed class SqliteNearbyNeedsTests(SqlitePortalFactory portal)
    : NearbyNeedsTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresNearbyNeedsTests(PostgresPortalFactory portal)
    : NearbyNeedsTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
