using Bogus;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Charity.Marketplace.Volunteers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Charity.Portal.Blazor.Seeding;

/// <summary>
/// Fills an empty installation with fictitious providers, volunteers and households (Bogus, zh-CN names)
/// and one account per role. Runs once: it does nothing when the demo Admin account exists.
/// </summary>
internal sealed partial class DemoDataSeeder(
    IDbContextFactory<MarketplaceDbContext> contextFactory,
    UserManager<PortalUser> userManager,
    DemoHouseholds households,
    DemoOffers offers,
    DemoRewards rewards,
    TimeProvider clock,
    IOptions<DemoDataOptions> options,
    ILogger<DemoDataSeeder> logger)
{
    private const int VolunteerCount = 45;
    private const int CaseFileCount = 160;
    private static readonly string[] DemoSkillPool =
        ["LIV-MEAL", "LIV-ERRAND", "LIV-REPAIR", "CLN-HOME", "CLN-PERSONAL", "HLT-ESCORT", "HLT-CHECK", "SUP-VISIT", "SUP-TUTOR", "RES-POLICY"];

    private readonly Faker _faker = new("zh_CN") { Random = new Randomizer(20261125) };

    public async Task SeedIfEnabledAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        if (await userManager.FindByEmailAsync(DemoAccounts.EmailFor(PortalRoles.Admin)) is null)
        {
            await SeedAsync(cancellationToken);
        }

        foreach (var account in DemoAccounts.All)
        {
            LogDemoAccount(logger, account.Role, account.Email, options.Value.Password);
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var regions = await db.Regions.ToListAsync(cancellationToken);
        var districts = regions.Where(r => r.Level == RegionLevel.District).ToDictionary(r => r.Code);
        var stations = await db.Stations.Include(s => s.Township).OrderBy(s => s.Township.Code).ToListAsync(cancellationToken);

        var organisations = DemoOrganisations.All.Select(entry => CreateOrganisation(entry, districts[entry.DistrictCode], now)).ToList();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync(cancellationToken);

        var agency = organisations.First(o => o.Type == OrganisationType.SocialWorkAgency);
        await CreateAccountAsync(PortalRoles.Admin, "民政局管理员", now, _ => { });
        await CreateAccountAsync(PortalRoles.Caseworker, _faker.ChineseName(), now, u => u.StationId = stations[0].Id);
        await CreateAccountAsync(PortalRoles.ProviderStaff, _faker.ChineseName(), now, u => u.OrganisationId = agency.Id);
        var volunteerAccount = await CreateAccountAsync(PortalRoles.Volunteer, _faker.ChineseName(), now, _ => { });

        var districtList = districts.Values.ToList();
        var teams = organisations.Where(o => o.Type == OrganisationType.VolunteerTeam).ToList();
        var demoVolunteer = new Volunteer(volunteerAccount.DisplayName, districtList[0], ["SUP-VISIT", "LIV-ERRAND"], now.AddDays(-120), volunteerAccount.Id);
        db.Volunteers.Add(demoVolunteer);
        db.TeamMemberships.Add(TeamMembership.Active(demoVolunteer, teams[0], now.AddDays(-100)));
        db.TeamMemberships.Add(TeamMembership.Active(demoVolunteer, agency, now.AddDays(-60)));
        for (var n = 1; n < VolunteerCount; n++)
        {
            var volunteer = CreateVolunteer(districtList, now);
            db.Volunteers.Add(volunteer);
            if (_faker.Random.Bool(0.7f))
            {
                db.TeamMemberships.Add(TeamMembership.Active(volunteer, _faker.PickRandom(teams), volunteer.RegisteredAt));
            }
        }

        var communitiesByTownship = regions.Where(r => r.Level == RegionLevel.Community).ToLookup(r => r.ParentId);
        for (var n = 1; n <= CaseFileCount; n++)
        {
            var station = stations[n % stations.Count];
            var community = _faker.PickRandom(communitiesByTownship[station.TownshipId].ToList());
            db.CaseFiles.Add(await households.CreateAsync(_faker, n, station, community, now, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        var published = await households.AssessAndPostNeedsAsync(_faker, db, cancellationToken);
        var offered = await offers.PublishAsync(_faker, organisations, districts.Values.ToDictionary(d => d.Id), cancellationToken);
        var sponsor = organisations.First(o => o.Type == OrganisationType.CaringEnterprise);
        await rewards.SeedAsync(sponsor.Id, sponsor.Name, [.. stations.Take(3).Select(s => s.Id)], cancellationToken);
        LogSeeded(logger, organisations.Count, VolunteerCount, CaseFileCount, published, offered);
    }

    private Organisation CreateOrganisation(DemoOrganisations.Entry entry, Region district, DateTimeOffset now)
    {
        var first17 = DemoOrganisations.AuthorityAndTypeOf(entry.Type) + district.Code + _faker.Random.String2(9, "0123456789ABCDEFGHJKLMNPQRTUWXY");
        var code = UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.CheckCharacterFor(first17));
        var organisation = new Organisation(entry.Name, entry.Type, code, district, $"0631-{_faker.Random.Number(5000000, 5999999)}", now.AddDays(-_faker.Random.Int(30, 400)));
        if (entry.Verified)
        {
            organisation.Verify(organisation.RegisteredAt.AddDays(_faker.Random.Int(1, 10)));
        }

        return organisation;
    }

    private Volunteer CreateVolunteer(List<Region> districts, DateTimeOffset now) =>
        new(_faker.ChineseName(), _faker.PickRandom(districts), _faker.PickRandom(DemoSkillPool, _faker.Random.Int(1, 3)), now.AddDays(-_faker.Random.Int(1, 700)));

    private async Task<PortalUser> CreateAccountAsync(string role, string displayName, DateTimeOffset now, Action<PortalUser> assign)
    {
        var email = DemoAccounts.EmailFor(role);
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = now };
        assign(user);
        EnsureSucceeded(await userManager.CreateAsync(user, options.Value.Password), email);
        EnsureSucceeded(await userManager.AddToRoleAsync(user, role), email);
        return user;
    }

    private static void EnsureSucceeded(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Organisations} organisations, {Volunteers} volunteers, {CaseFiles} case files, {Needs} needs, {Offers} offers.")]
    private static partial void LogSeeded(ILogger logger, int organisations, int volunteers, int caseFiles, int needs, int offers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo account ({Role}): {Email} / {Password}")]
    private static partial void LogDemoAccount(ILogger logger, string role, string email, string password);
}
