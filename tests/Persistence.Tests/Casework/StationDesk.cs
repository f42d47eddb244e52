using System.Globalization;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Marketplace.Privacy;
using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Seeding;
using Charity.TestSupport.Cases;
using Charity.TestSupport.Time;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Persistence.Tests.Casework;

/// <summary>
/// The demo caseworker's desk on a real portal with demo data: the portal's database, encryption and blind index,
/// the casework services on a fixed clock, and the three kinds of caller (own station, another station, bureau).
/// </summary>
internal sealed class StationDesk
{
    /// <summary>The instant every service of the desk reads, unless a test passes its own clock.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 30, 0, TimeSpan.Zero);

    private StationDesk(IServiceProvider services, CaseAccess caseworker, CaseAccess otherStation, CaseAccess bureau, Region community, Region township)
    {
        Contexts = services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>();
        Protector = services.GetRequiredService<PersonalDataProtector>();
        BlindIndex = services.GetRequiredService<IdNumberBlindIndex>();
        Caseworker = caseworker;
        OtherStation = otherStation;
        Bureau = bureau;
        Community = community;
        Township = township;
    }

    public static TimeProvider Clock { get; } = new FixedClock(Now);

    /// <summary>The date in China at <see cref="Now"/>.</summary>
    public static DateOnly Today { get; } = DateOnly.FromDateTime(Now.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public IDbContextFactory<MarketplaceDbContext> Contexts { get; }

    public PersonalDataProtector Protector { get; }

    public IdNumberBlindIndex BlindIndex { get; }

    /// <summary>The demo caseworker, at the first station.</summary>
    public CaseAccess Caseworker { get; }

    /// <summary>A caseworker of another station.</summary>
    public CaseAccess OtherStation { get; }

    /// <summary>The demo bureau account.</summary>
    public CaseAccess Bureau { get; }

    /// <summary>A community that the caseworker's station serves.</summary>
    public Region Community { get; }

    /// <summary>The township of the caseworker's station.</summary>
    public Region Township { get; }

    public CaseFileService CaseFiles => new(Contexts, Protector, BlindIndex, Clock);

    public AssessmentService Assessments => new(Contexts, new AssessmentRulesService(Contexts, Clock), Clock);

    public NeedWorklist Worklist => new(Contexts);

    public static async Task<StationDesk> OpenAsync(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        _ = portal.Server;
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var caseworker = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoAccounts.EmailFor(PortalRoles.Caseworker));
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoAccounts.EmailFor(PortalRoles.Admin));
        var station = await db.Stations.AsNoTracking().Include(s => s.Township).SingleAsync(s => s.Id == caseworker.StationId);
        var other = await db.Stations.AsNoTracking().Where(s => s.Id != station.Id).OrderByDescending(s => s.Township.Code).FirstAsync();
        var community = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Community && r.ParentId == station.TownshipId)
            .OrderBy(r => r.Code)
            .FirstAsync();
        return new StationDesk(
            portal.Services,
            new CaseAccess(caseworker.Id, caseworker.DisplayName, station.Id, IsBureau: false),
            new CaseAccess(Guid.NewGuid(), "另一驿站社工", other.Id, IsBureau: false),
            new CaseAccess(admin.Id, admin.DisplayName, StationId: null, IsBureau: true),
            community,
            station.Township);
    }

    /// <summary>A publisher whose clock reads <paramref name="now"/> (the desk's instant by default).</summary>
    public NeedPublisher Publisher(DateTimeOffset? now = null)
    {
        var clock = now is { } at ? new FixedClock(at) : Clock;
        return new(Contexts, new PersonalDataScanner(clock), clock);
    }

    /// <summary>A household of two in the desk's community, with personal strings that occur nowhere else.</summary>
    public NewCaseFile NewHousehold(string? idNumber = null, int headBirthYear = 1950)
    {
        var unique = Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        return new NewCaseFile(
            HeadName: "慕容晓岚",
            IdNumber: idNumber ?? FictitiousIdNumbers.Next(headBirthYear),
            Phone: "139" + unique,
            Address: $"幸福路{unique[..3]}号楼2单元301室",
            CommunityId: Community.Id,
            Category: BeneficiaryCategory.MinimumSubsistence,
            SpecialGroups: SpecialGroups.ElderlyLivingAlone,
            HouseholdSize: 2,
            ConsentToShare: true,
            Discovery: CaseDiscovery.HomeVisit,
            Members: [new NewHouseholdMember("慕容小雨", FictitiousIdNumbers.Next(1980), MemberRelationship.Child, 1980)]);
    }

    /// <summary>Opens the household's file as the demo caseworker.</summary>
    public async Task<Guid> OpenAsync(NewCaseFile household)
    {
        var result = await CaseFiles.OpenAsync(Caseworker, household);
        Assert.True(result.Outcome == CaseFileOutcome.Done, $"The file was not opened: {result.Outcome} {string.Join(", ", result.Problems ?? [])}");
        return result.Id!.Value;
    }

    public Task<Guid> OpenAsync() => OpenAsync(NewHousehold());

    public async Task<CaseFileDetail> DetailAsync(Guid caseFileId) =>
        await CaseFiles.FindAsync(Caseworker, caseFileId) ?? throw new InvalidOperationException("The caseworker cannot see the file.");

    /// <summary>Starts an assessment of the file and submits it with <paramref name="scores"/>; the assessment's id.</summary>
    public async Task<Guid> SubmitAssessmentAsync(Guid caseFileId, IndicatorScores scores)
    {
        var assessments = Assessments;
        var (outcome, id) = await assessments.StartAsync(Caseworker, caseFileId);
        Assert.Equal(AssessmentOutcome.Done, outcome);
        var draft = await assessments.GetAsync(Caseworker, id!.Value);
        Assert.Equal(AssessmentOutcome.Done, await assessments.SubmitAsync(Caseworker, id.Value, scores, draft!.Version));
        return id.Value;
    }

    /// <summary>A need for meal delivery from the next day for four weeks.</summary>
    public static NeedDraft MealDelivery(Guid assessmentId, string description) =>
        new(assessmentId, "LIV-MEAL", Today.AddDays(1), Today.AddDays(28), NeedFrequency.Weekly, description);

    public static IndicatorScores Scores(params (int Indicator, int Score)[] scores) =>
        IndicatorScores.FromDictionary(scores.ToDictionary(s => s.Indicator, s => s.Score));
}
