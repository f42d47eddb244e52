using Bogus;
using Charity.Marketplace;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Marketplace.Privacy;
using Charity.Marketplace.Regions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Portal.Blazor.Seeding;

/// <summary>The demo's fictitious households: files with encrypted identities, and assessments and needs for about half of them.</summary>
internal sealed class DemoHouseholds(
    PersonalDataProtector protector,
    IdNumberBlindIndex blindIndex,
    AssessmentService assessments,
    NeedPublisher needs,
    TimeProvider clock)
{
    private const float AssessedShare = 0.5f;
    private static readonly SpecialGroups[] SpecialGroupsPool =
        [SpecialGroups.ElderlyLivingAlone, SpecialGroups.SeriouslyIll, SpecialGroups.SeverelyDisabled, SpecialGroups.DisabledOrDementedElderly, SpecialGroups.ChildInDistress];

    private static readonly string[] DemoNeedDescriptions =
    [
        "行动不便，需要定期上门服务，时间可以提前电话约定。",
        "家中无人照料，希望有志愿者或服务人员协助。",
        "老人独居，子女在外地，需要每周上门一次。",
        "身体状况较差，需要有经验的服务人员。",
        "希望上午服务，下午需要休息。",
    ];

    public async Task<CaseFile> CreateAsync(Faker faker, int sequence, ReferralStation station, Region community, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var birthYear = faker.Random.Int(1935, 2005);
        var idNumber = FakeIdNumber(faker, birthYear);
        var personal = new PersonalData(
            faker.ChineseName(),
            $"1{faker.PickRandom(3, 5, 7, 8, 9)}{faker.Random.ReplaceNumbers("#########")}",
            $"{community.Name.ZhCn}{faker.Random.Int(1, 40)}号楼{faker.Random.Int(1, 6)}单元{faker.Random.Int(101, 602)}室");
        var identity = new ProtectedIdentity(protector.Protect(personal), protector.Protect(idNumber), await blindIndex.ComputeAsync(idNumber, cancellationToken));
        var householdSize = faker.Random.WeightedRandom([1, 2, 3, 4, 5], [0.35f, 0.3f, 0.17f, 0.12f, 0.06f]);
        var file = new CaseFile($"{station.Township.Code}-{sequence:0000}", station, community, faker.PickRandom<BeneficiaryCategory>(), householdSize, birthYear, identity, now.AddDays(-faker.Random.Int(1, 900)))
        {
            SpecialGroups = faker.Random.Bool(0.4f) ? faker.PickRandom(SpecialGroupsPool) : SpecialGroups.None,
            ConsentToShare = faker.Random.Bool(0.8f),
            Discovery = faker.PickRandom<CaseDiscovery>(),
        };
        var cell = NeedAnonymisation.Grid.CellOf(community.Centre);
        (file.CellRow, file.CellColumn) = (cell.Row, cell.Column);
        for (var member = 1; member < householdSize; member++)
        {
            var relationship = member == 1 && birthYear < 1990 ? MemberRelationship.Spouse : MemberRelationship.Child;
            var memberBirthYear = relationship == MemberRelationship.Spouse ? birthYear + faker.Random.Int(-3, 3) : Math.Min(birthYear + faker.Random.Int(22, 35), 2024);
            file.AddMember(new HouseholdMember(relationship, memberBirthYear, protector.Protect(faker.ChineseName()), null));
        }

        return file;
    }

    /// <summary>
    /// A well-formed ID number that belongs to nobody: its area code 3799xx names no real prefecture
    /// (Shandong's run to 3717), followed by the birth date, a sequence and the check character.
    /// </summary>
    private static string FakeIdNumber(Faker faker, int birthYear)
    {
        var birthDate = new DateOnly(birthYear, faker.Random.Int(1, 12), faker.Random.Int(1, 28));
        var first17 = $"3799{faker.Random.Int(1, 99):00}{birthDate:yyyyMMdd}{faker.Random.Int(100, 999)}";
        return first17 + ChineseIdNumber.CheckCharacterFor(first17);
    }

    /// <summary>
    /// Assesses about half of the households as their station would (most indicators none, a few mild to severe)
    /// and posts a need for each of their strongest suggestions, so that work lists and rankings have content.
    /// </summary>
    public async Task<int> AssessAndPostNeedsAsync(Faker faker, MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var bureau = new CaseAccess(Guid.Empty, "演示数据", StationId: null, IsBureau: true);
        var today = ChinaCalendar.Today(clock);
        var published = 0;
        foreach (var fileId in await db.CaseFiles.OrderBy(c => c.FileNumber).Select(c => c.Id).ToListAsync(cancellationToken))
        {
            if (!faker.Random.Bool(AssessedShare))
            {
                continue;
            }

            var (_, assessmentId) = await assessments.StartAsync(bureau, fileId, cancellationToken);
            var draft = (await assessments.GetAsync(bureau, assessmentId!.Value, cancellationToken))!;
            var scores = IndicatorScores.FromArray(Enumerable.Range(0, IndicatorCatalog.IndicatorCount)
                .Select(_ => faker.Random.WeightedRandom([0, 1, 2, 3], [0.72f, 0.12f, 0.1f, 0.06f])).ToArray());
            await assessments.SubmitAsync(bureau, draft.Id, scores, draft.Version, cancellationToken);
            var result = (await assessments.GetAsync(bureau, draft.Id, cancellationToken))!.Result!;
            foreach (var suggestion in result.Suggestions.Take(2))
            {
                var outcome = await needs.PublishAsync(bureau, new NeedDraft(draft.Id, suggestion.ServiceItemCode, today, today.AddDays(faker.Random.Int(14, 90)),
                    faker.PickRandom<NeedFrequency>(), faker.PickRandom(DemoNeedDescriptions)), cancellationToken);
                published += outcome.Outcome == NeedPublishOutcome.Published ? 1 : 0;
            }
        }

        return published;
    }
}
