using Bogus;
using Charity.Marketplace;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Catalog;
using Charity.Marketplace.Offers;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;

namespace Charity.Portal.Blazor.Seeding;

/// <summary>The demo's service offers: one or two per verified organisation, near its home district's centre.</summary>
internal sealed class DemoOffers(OfferService offers, ServiceCatalogQueries catalog, TimeProvider clock)
{
    private static readonly (ServiceDays Days, TimeOnly Opens, TimeOnly Closes)[] Schedules =
    [
        (ServiceDays.Weekdays, new(8, 30), new(17, 0)),
        (ServiceDays.Everyday, new(10, 30), new(12, 30)),
        (ServiceDays.Tuesday | ServiceDays.Thursday | ServiceDays.Saturday, new(9, 0), new(11, 30)),
        (ServiceDays.Saturday | ServiceDays.Sunday, new(14, 0), new(17, 30)),
    ];

    private static readonly string[] Streets = ["文化中路", "青岛北路", "世昌大道", "新威路", "统一路", "昆嵛路", "成山大道", "胜利街"];

    /// <summary>Publishes the offers as each organisation's staff would; the number published.</summary>
    public async Task<int> PublishAsync(Faker faker, IReadOnlyList<Organisation> organisations, IReadOnlyDictionary<Guid, Region> districts, CancellationToken cancellationToken)
    {
        var items = (await catalog.ListAsync(cancellationToken)).SelectMany(c => c.Items).ToDictionary(i => i.Code);
        var today = ChinaCalendar.Today(clock);
        var published = 0;
        var verified = organisations.Where(o => o.Status == OrganisationStatus.Verified).ToList();
        for (var index = 0; index < verified.Count; index++)
        {
            var organisation = verified[index];
            var count = index % 2 == 0 || organisation.Type == OrganisationType.SocialWorkAgency ? 2 : 1;
            foreach (var code in ItemsFor(organisation.Type).Skip(index % 2).Take(count))
            {
                var draft = Draft(faker, items[code], districts[organisation.HomeDistrictId], today);
                var result = await offers.CreateAsync(OfferAccess.Staff(organisation.Id), draft, cancellationToken);
                if (result.Outcome != OfferOutcome.Done)
                {
                    throw new InvalidOperationException($"A demo offer was refused: {string.Join(", ", result.Problems ?? [])}");
                }

                published++;
            }
        }

        return published;
    }

    private static OfferDraft Draft(Faker faker, ServiceItem item, Region district, DateOnly today)
    {
        var schedule = faker.PickRandom(Schedules);
        var free = faker.Random.Bool(0.8f);
        var total = faker.Random.Bool(0.25f);
        return new OfferDraft(
            item.Code,
            $"{district.Name.ZhCn}{item.Name.ZhCn}服务",
            $"{item.Name.EnUs} in {district.Name.EnUs}",
            $"为{district.Name.ZhCn}有需要的困难群众提供{item.Name.ZhCn}，由专业人员和志愿者上门或到点服务，请通过驿站转介预约。",
            $"{item.Name.EnUs} for households in hardship in {district.Name.EnUs}, at home or at our centre; book through your referral station.",
            Math.Round(district.Latitude + faker.Random.Double(-0.02, 0.02), 5),
            Math.Round(district.Longitude + faker.Random.Double(-0.03, 0.01), 5),
            $"{district.Name.ZhCn}{faker.PickRandom(Streets)}{faker.Random.Int(1, 200)}号",
            faker.PickRandom(3, 5, 10, 15, 20),
            total ? faker.Random.Int(20, 100) : faker.Random.Int(3, 30),
            total ? CapacityUnit.HouseholdsInTotal : CapacityUnit.HouseholdsPerWeek,
            schedule.Days,
            schedule.Opens,
            schedule.Closes,
            today.AddDays(-faker.Random.Int(0, 90)),
            today.AddDays(faker.Random.Int(60, 365)),
            faker.Random.Bool(0.3f) ? [BeneficiaryCategory.ExtremePovertySupported, BeneficiaryCategory.MinimumSubsistence] : [],
            faker.Random.Bool(0.3f) ? SpecialGroups.ElderlyLivingAlone | SpecialGroups.DisabledOrDementedElderly : SpecialGroups.None,
            free ? 0m : faker.PickRandom(5m, 8m, 10m, 20m));
    }

    private static string[] ItemsFor(OrganisationType type) => type switch
    {
        OrganisationType.GovernmentDepartment => ["HLT-CHECK", "HLT-REHAB", "RES-POLICY"],
        OrganisationType.MassOrganisation => ["RES-LEGAL", "SUP-SKILLS", "RES-ACCESS"],
        OrganisationType.SocialOrganisation => ["SUP-VISIT", "LIV-MEAL", "SUP-TUTOR"],
        OrganisationType.Charity => ["RES-CHARITY", "LIV-GOODS", "SUP-TUTOR"],
        OrganisationType.CaringEnterprise => ["CLN-HOME", "LIV-REPAIR", "HLT-MEDS"],
        OrganisationType.VolunteerTeam => ["SUP-VISIT", "LIV-ERRAND", "CLN-ENV"],
        _ => ["SUP-COUNSEL", "HLT-ESCORT", "RES-POLICY"],
    };
}
