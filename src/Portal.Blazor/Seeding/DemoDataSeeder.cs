using Charity.Marketplace.Privacy;
using Bogus;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Needs.Anonymisation;
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
    PersonalDataProtector protector,
    IdNumberBlindIndex blindIndex,
    AssessmentService assessments,
    NeedPublisher needs,
    TimeProvider clock,
    IOptions<DemoDataOptions> options,
    ILogger<DemoDataSeeder> logger)
{
    private const int VolunteerCount = 45;
    private const int CaseFileCount = 160;
    private const float AssessedShare = 0.5f;
    private static readonly string[] DemoNeedDescriptions =
    [
        "行动不便，需要定期上门服务，时间可以提前电话约定。",
        "家中无人照料，希望有志愿者或服务人员协助。",
        "老人独居，子女在外地，需要每周上门一次。",
        "身体状况较差，需要有经验的服务人员。",
        "希望上午服务，下午需要休息。",
    ];
    private static readonly string[] DemoSkillPool =
        ["LIV-MEAL", "LIV-ERRAND", "LIV-REPAIR", "CLN-HOME", "CLN-PERSONAL", "HLT-ESCORT", "HLT-CHECK", "SUP-VISIT", "SUP-TUTOR", "RES-POLICY"];

    private static readonly SpecialGroups[] SpecialGroupsPool =
        [SpecialGroups.ElderlyLivingAlone, SpecialGroups.SeriouslyIll, SpecialGroups.SeverelyDisabled, SpecialGroups.DisabledOrDementedElderly, SpecialGroups.ChildInDistress];

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
        await CreateAccountAsync(PortalRoles.Caseworker, ChineseName(), now, u => u.StationId = stations[0].Id);
        await CreateAccountAsync(PortalRoles.ProviderStaff, ChineseName(), now, u => u.OrganisationId = agency.Id);
        var volunteerAccount = await CreateAccountAsync(PortalRoles.Volunteer, ChineseName(), now, _ => { });

        var districtList = districts.Values.ToList();
        var teams = organisations.Where(o => o.Type == OrganisationType.VolunteerTeam).ToList();
        var demoVolunteer = new Volunteer(volunteerAccount.DisplayName, districtList[0], ["SUP-VISIT", "LIV-ERRAND"], now.AddDays(-120), volunteerAccount.Id);
        demoVolunteer.JoinTeam(teams[0]);
        db.Volunteers.Add(demoVolunteer);
        db.Volunteers.AddRange(Enumerable.Range(1, VolunteerCount - 1).Select(_ => CreateVolunteer(districtList, teams, now)));

        var communitiesByTownship = regions.Where(r => r.Level == RegionLevel.Community).ToLookup(r => r.ParentId);
        for (var n = 1; n <= CaseFileCount; n++)
        {
            var station = stations[n % stations.Count];
            var community = _faker.PickRandom(communitiesByTownship[station.TownshipId].ToList());
            db.CaseFiles.Add(await CreateCaseFileAsync(n, station, community, now, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        var published = await SeedAssessmentsAndNeedsAsync(db, cancellationToken);
        LogSeeded(logger, organisations.Count, VolunteerCount, CaseFileCount, published);
    }

    /// <summary>
    /// Assesses about half of the households as their station would (most indicators none, a few mild to severe)
    /// and posts a need for each of their strongest suggestions, so that work lists and rankings have content.
    /// </summary>
    private async Task<int> SeedAssessmentsAndNeedsAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var bureau = new CaseAccess(Guid.Empty, "演示数据", StationId: null, IsBureau: true);
        var today = ChinaCalendar.Today(clock);
        var published = 0;
        foreach (var fileId in await db.CaseFiles.OrderBy(c => c.FileNumber).Select(c => c.Id).ToListAsync(cancellationToken))
        {
            if (!_faker.Random.Bool(AssessedShare))
            {
                continue;
            }

            var (_, assessmentId) = await assessments.StartAsync(bureau, fileId, cancellationToken);
            var draft = (await assessments.GetAsync(bureau, assessmentId!.Value, cancellationToken))!;
            var scores = IndicatorScores.FromArray(Enumerable.Range(0, IndicatorCatalog.IndicatorCount)
                .Select(_ => _faker.Random.WeightedRandom([0, 1, 2, 3], [0.72f, 0.12f, 0.1f, 0.06f])).ToArray());
            await assessments.SubmitAsync(bureau, draft.Id, scores, draft.Version, cancellationToken);
            var result = (await assessments.GetAsync(bureau, draft.Id, cancellationToken))!.Result!;
            foreach (var suggestion in result.Suggestions.Take(2))
            {
                var outcome = await needs.PublishAsync(bureau, new NeedDraft(draft.Id, suggestion.ServiceItemCode, today, today.AddDays(_faker.Random.Int(14, 90)),
                    _faker.PickRandom<NeedFrequency>(), _faker.PickRandom(DemoNeedDescriptions)), cancellationToken);
                published += outcome.Outcome == NeedPublishOutcome.Published ? 1 : 0;
            }
        }

        return published;
    }

    /// <summary>Family name first and no space, as Chinese names are written (Bogus puts the given name first).</summary>
    private string ChineseName() => _faker.Name.LastName() + _faker.Name.FirstName();

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

    private Volunteer CreateVolunteer(List<Region> districts, List<Organisation> teams, DateTimeOffset now)
    {
        var volunteer = new Volunteer(ChineseName(), _faker.PickRandom(districts), _faker.PickRandom(DemoSkillPool, _faker.Random.Int(1, 3)), now.AddDays(-_faker.Random.Int(1, 700)));
        if (_faker.Random.Bool(0.7f))
        {
            volunteer.JoinTeam(_faker.PickRandom(teams));
        }

        return volunteer;
    }

    private async Task<CaseFile> CreateCaseFileAsync(int sequence, ReferralStation station, Region community, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var birthYear = _faker.Random.Int(1935, 2005);
        var idNumber = FakeIdNumber(birthYear);
        var personal = new PersonalData(
            ChineseName(),
            $"1{_faker.PickRandom(3, 5, 7, 8, 9)}{_faker.Random.ReplaceNumbers("#########")}",
            $"{community.Name.ZhCn}{_faker.Random.Int(1, 40)}号楼{_faker.Random.Int(1, 6)}单元{_faker.Random.Int(101, 602)}室");
        var identity = new ProtectedIdentity(protector.Protect(personal), protector.Protect(idNumber), await blindIndex.ComputeAsync(idNumber, cancellationToken));
        var householdSize = _faker.Random.WeightedRandom([1, 2, 3, 4, 5], [0.35f, 0.3f, 0.17f, 0.12f, 0.06f]);
        var file = new CaseFile($"{station.Township.Code}-{sequence:0000}", station, community, _faker.PickRandom<BeneficiaryCategory>(), householdSize, birthYear, identity, now.AddDays(-_faker.Random.Int(1, 900)))
        {
            SpecialGroups = _faker.Random.Bool(0.4f) ? _faker.PickRandom(SpecialGroupsPool) : SpecialGroups.None,
            ConsentToShare = _faker.Random.Bool(0.8f),
            Discovery = _faker.PickRandom<CaseDiscovery>(),
        };
        var cell = NeedAnonymisation.Grid.CellOf(community.Centre);
        (file.CellRow, file.CellColumn) = (cell.Row, cell.Column);
        for (var member = 1; member < householdSize; member++)
        {
            var relationship = member == 1 && birthYear < 1990 ? MemberRelationship.Spouse : MemberRelationship.Child;
            var memberBirthYear = relationship == MemberRelationship.Spouse ? birthYear + _faker.Random.Int(-3, 3) : Math.Min(birthYear + _faker.Random.Int(22, 35), 2024);
            file.AddMember(new HouseholdMember(relationship, memberBirthYear, protector.Protect(ChineseName()), null));
        }

        return file;
    }

    /// <summary>
    /// A well-formed ID number that belongs to nobody: its area code 3799xx names no real prefecture
    /// (Shandong's run to 3717), followed by the birth date, a sequence and the check character.
    /// </summary>
    private string FakeIdNumber(int birthYear)
    {
        var birthDate = new DateOnly(birthYear, _faker.Random.Int(1, 12), _faker.Random.Int(1, 28));
        var first17 = $"3799{_faker.Random.Int(1, 99):00}{birthDate:yyyyMMdd}{_faker.Random.Int(100, 999)}";
        return first17 + ChineseIdNumber.CheckCharacterFor(first17);
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Organisations} organisations, {Volunteers} volunteers, {CaseFiles} case files, {Needs} needs.")]
    private static partial void LogSeeded(ILogger logger, int organisations, int volunteers, int caseFiles, int needs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo account ({Role}): {Email} / {Password}")]
    private static partial void LogDemoAccount(ILogger logger, string role, string email, string password);
}
