using Charity.Marketplace.Volunteers;
using Charity.Portal.Blazor.Accounts;
using Charity.TestSupport.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Persistence.Tests.Organisations;

/// <summary>A volunteer's own profile on each real database: what is saved is read back; bad input and stale versions are refused.</summary>
public abstract class VolunteerProfileTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private ProviderDesk _desk = null!;
    private Guid _user;

    public async Task InitializeAsync()
    {
        _desk = await ProviderDesk.OpenAsync(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var (user, _) = await scope.ServiceProvider.GetRequiredService<VolunteerSignUp>()
            .RegisterAsync(new VolunteerSignUp.Request("于海燕", $"volunteer-{Guid.NewGuid():N}@example.org", ProviderDesk.Password, _desk.Districts[0].Id));
        _user = user!.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private VolunteerProfiles Profiles => new(_desk.Contexts);

    [Fact]
    public async Task SaveAsync_ValidProfile_IsReadBack()
    {
        var before = await Profiles.FindAsync(_user);
        var availability = WeeklyAvailability.None.With(DayOfWeek.Saturday, DayPart.Morning, true).With(DayOfWeek.Wednesday, DayPart.Evening, true);

        var result = await Profiles.SaveAsync(_user, new(" 13912345678 ", ["SUP-VISIT", "LIV-ERRAND"], [_desk.Districts[1].Id], availability), before!.Version);

        Assert.Equal(VolunteerProfileResult.Done, result);
        var after = await Profiles.FindAsync(_user);
        Assert.Equal("13912345678", after!.Phone);
        Assert.Equal(["LIV-ERRAND", "SUP-VISIT"], after.SkillCodes.Order());
        Assert.Equal([_desk.Districts[1].Id], after.ServiceDistrictIds);
        Assert.True(after.Availability.Has(DayOfWeek.Saturday, DayPart.Morning));
        Assert.False(after.Availability.Has(DayOfWeek.Saturday, DayPart.Evening));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task SaveAsync_UnknownSkillOrBadPhone_IsRefused()
    {
        var version = (await Profiles.FindAsync(_user))!.Version;

        Assert.Equal(VolunteerProfileResult.UnknownSkill, await Profiles.SaveAsync(_user, new(null, ["NO-SUCH-ITEM"], [], WeeklyAvailability.None), version));
        Assert.Equal(VolunteerProfileResult.PhoneInvalid, await Profiles.SaveAsync(_user, new("0631", [], [], WeeklyAvailability.None), version));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_IsAConflictAndKeepsTheFirst()
    {
        var version = (await Profiles.FindAsync(_user))!.Version;
        Assert.Equal(VolunteerProfileResult.Done, await Profiles.SaveAsync(_user, new(null, [], [_desk.Districts[2].Id], WeeklyAvailability.None), version));

        var late = await Profiles.SaveAsync(_user, new(null, [], [_desk.Districts[3].Id], WeeklyAvailability.None), version);

        Assert.Equal(VolunteerProfileResult.Conflict, late);
        Assert.Equal([_desk.Districts[2].Id], (await Profiles.FindAsync(_user))!.ServiceDistrictIds);
    }
}

public sealed class SqliteVolunteerProfileTests(SqlitePortalFactory portal)
    : VolunteerProfileTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresVolunteerProfileTests(PostgresPortalFactory portal)
    : VolunteerProfileTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
