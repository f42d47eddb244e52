using Charity.Marketplace.Privacy;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Catalog;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Charity.Marketplace.Volunteers;
using Charity.TestSupport.Databases;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Tests;

/// <summary>Every entity survives a save and a load unchanged, on each real database.</summary>
public abstract class RoundTripTests<TDatabase>(TDatabase database) : IAsyncLifetime
    where TDatabase : class, ITestDatabase
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 30, 0, TimeSpan.Zero);

    public Task InitializeAsync() => database.MigrateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryEntity_SavedAndLoaded_IsUnchanged()
    {
        var city = new Region($"9{Random.Shared.Next(100, 999)}000", new("测试市", "Test City"), RegionLevel.City, new(37.5, 122.1), null);
        var district = new Region(city.Code[..4] + "01", new("测试区", "Test District"), RegionLevel.District, new(37.4, 122.0), city);
        var township = new Region(district.Code + "001", new("测试街道", "Test Street"), RegionLevel.Township, new(37.41, 122.01), district);
        var community = new Region(township.Code + "001", new("测试社区", "Test Community"), RegionLevel.Community, new(37.412, 122.013), township);
        var station = new ReferralStation(township, new("测试驿站", "Test Station"), "测试路1号", "0631-5200000");
        var category = new ServiceCategory($"T{Random.Shared.Next(100, 999)}", new("测试类", "Test category"), 99);
        var item = category.AddItem(category.Code + "-ONE", new("测试项", "Test item"));
        var organisation = new Organisation("测试慈善会", OrganisationType.Charity, UnifiedSocialCreditCode.Parse("91350100M000100Y43"), district, "0631-5211111", Now);
        organisation.Verify(Now.AddDays(1));
        var volunteer = new Volunteer("李志强", district, ["LIV-MEAL", "SUP-VISIT"], Now);
        var membership = TeamMembership.Active(volunteer, organisation, Now);
        var caseFile = new CaseFile("T-0001", station, community, BeneficiaryCategory.MinimumSubsistence, 3, 1950, new ProtectedIdentity(new ProtectedPersonalData("cipher-name", "cipher-phone", "cipher-address"), "cipher-id", $"index-{Guid.NewGuid():N}"), Now)
        {
            SpecialGroups = SpecialGroups.ElderlyLivingAlone | SpecialGroups.SeriouslyIll,
            ConsentToShare = true,
            Discovery = CaseDiscovery.MonitoringAlert,
            CellRow = 4170,
            CellColumn = 10843,
        };
        caseFile.AddMember(new HouseholdMember(MemberRelationship.Spouse, 1952, "cipher-member", null));
        var user = new PortalUser { UserName = "rt@example.org", NormalizedUserName = "RT@EXAMPLE.ORG", Email = "rt@example.org", DisplayName = "测试用户", StationId = station.Id, PreferredCulture = "en-US", CareMode = true, CreatedAt = Now };
        var key = new DataProtectionKey { FriendlyName = "rt-key", Xml = "<key />" };

        await using (var db = new MarketplaceDbContext(database.MarketplaceOptions()))
        {
            db.AddRange(city, district, township, community, station, category, organisation, volunteer, membership, caseFile, user, key);
            await db.SaveChangesAsync();
        }

        await using var read = new MarketplaceDbContext(database.MarketplaceOptions());
        var loadedCommunity = await read.Regions.Include(r => r.Parent).SingleAsync(r => r.Id == community.Id);
        Assert.Equal((community.Code, community.Name, RegionLevel.Community, township.Id), (loadedCommunity.Code, loadedCommunity.Name, loadedCommunity.Level, loadedCommunity.Parent!.Id));
        Assert.Equal(community.Centre, loadedCommunity.Centre);
        var loadedStation = await read.Stations.SingleAsync(s => s.Id == station.Id);
        Assert.Equal((station.Name, station.OfficeAddress, station.OfficePhone, township.Id), (loadedStation.Name, loadedStation.OfficeAddress, loadedStation.OfficePhone, loadedStation.TownshipId));
        var loadedCategory = await read.ServiceCategories.Include(c => c.Items).SingleAsync(c => c.Id == category.Id);
        Assert.Equal(category.Name, loadedCategory.Name);
        Assert.Equal((item.Code, item.Name, true), (loadedCategory.Items.Single().Code, loadedCategory.Items.Single().Name, loadedCategory.Items.Single().IsActive));
        var loadedOrganisation = await read.Organisations.SingleAsync(o => o.Id == organisation.Id);
        Assert.Equal((organisation.Name, OrganisationType.Charity, "91350100M000100Y43", OrganisationStatus.Verified, Now, Now.AddDays(1), organisation.Version),
            (loadedOrganisation.Name, loadedOrganisation.Type, loadedOrganisation.CreditCode, loadedOrganisation.Status, loadedOrganisation.RegisteredAt, loadedOrganisation.VerifiedAt, loadedOrganisation.Version));
        var loadedVolunteer = await read.Volunteers.SingleAsync(v => v.Id == volunteer.Id);
        Assert.Equal(["LIV-MEAL", "SUP-VISIT"], loadedVolunteer.SkillCodes);
        Assert.Equal(district.Id, loadedVolunteer.DistrictId);
        var loadedMembership = await read.TeamMemberships.SingleAsync(m => m.VolunteerId == volunteer.Id);
        Assert.Equal((organisation.Id, MembershipStatus.Active, Now), (loadedMembership.OrganisationId, loadedMembership.Status, loadedMembership.DecidedAt));
        var loadedCase = await read.CaseFiles.SingleAsync(c => c.Id == caseFile.Id);
        Assert.Equal((caseFile.Protected, BeneficiaryCategory.MinimumSubsistence, 3, 1950, CaseFileStatus.Active, Now, community.Id),
            (loadedCase.Protected, loadedCase.Category, loadedCase.HouseholdSize, loadedCase.HeadBirthYear, loadedCase.Status, loadedCase.OpenedAt, loadedCase.CommunityId));
        Assert.Equal((caseFile.ProtectedIdNumber, caseFile.IdNumberIndex, caseFile.SpecialGroups, true, CaseDiscovery.MonitoringAlert, 4170, 10843),
            (loadedCase.ProtectedIdNumber, loadedCase.IdNumberIndex, loadedCase.SpecialGroups, loadedCase.ConsentToShare, loadedCase.Discovery, loadedCase.CellRow, loadedCase.CellColumn));
        Assert.Equal((MemberRelationship.Spouse, 1952, "cipher-member"), (loadedCase.Members.Single().Relationship, loadedCase.Members.Single().BirthYear, loadedCase.Members.Single().ProtectedName));
        var loadedUser = await read.Users.SingleAsync(u => u.Id == user.Id);
        Assert.Equal((station.Id, "en-US", true, "测试用户", Now), (loadedUser.StationId, loadedUser.PreferredCulture, loadedUser.CareMode, loadedUser.DisplayName, loadedUser.CreatedAt));
        Assert.Equal("<key />", (await read.DataProtectionKeys.SingleAsync(k => k.FriendlyName == "rt-key")).Xml);
    }

    [Fact]
    public async Task StaleEdit_OfAnOrganisation_FailsWithAConcurrencyConflict()
    {
        var district = await SomeDistrictAsync();
        var organisation = new Organisation("并发测试服务社", OrganisationType.SocialOrganisation, UnifiedSocialCreditCode.Parse("91110000802100433B"), district, "0631-5222222", Now);
        await using (var db = new MarketplaceDbContext(database.MarketplaceOptions()))
        {
            db.Regions.Attach(district);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        await using var first = new MarketplaceDbContext(database.MarketplaceOptions());
        await using var second = new MarketplaceDbContext(database.MarketplaceOptions());
        var firstCopy = await first.Organisations.SingleAsync(o => o.Id == organisation.Id);
        var secondCopy = await second.Organisations.SingleAsync(o => o.Id == organisation.Id);
        firstCopy.Verify(Now);
        await first.SaveChangesAsync();
        secondCopy.Reject("资料不全");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = new MarketplaceDbContext(database.MarketplaceOptions());
        Assert.Equal(OrganisationStatus.Verified, (await check.Organisations.SingleAsync(o => o.Id == organisation.Id)).Status);
    }

    private async Task<Region> SomeDistrictAsync()
    {
        var city = new Region($"8{Random.Shared.Next(100, 999)}000", new("并发市", "Concurrency City"), RegionLevel.City, new(37.5, 122.1), null);
        var district = new Region(city.Code[..4] + "01", new("并发区", "Concurrency District"), RegionLevel.District, new(37.4, 122.0), city);
        await using var db = new MarketplaceDbContext(database.MarketplaceOptions());
        db.Regions.AddRange(city, district);
        await db.SaveChangesAsync();
        return district;
    }
}

public sealed class SqliteRoundTripTests(SqliteTestDatabase database)
    : RoundTripTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresRoundTripTests(PostgresTestDatabase database)
    : RoundTripTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
