using Charity.Marketplace.Rewards;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;

namespace Charity.Portal.Blazor.Seeding;

/// <summary>
/// The bureau's points budget and a sponsor's, funded, so that confirmed demo visits pay at once; and the sponsor's
/// items in the points supermarket at the first stations, the demo caseworker's among them.
/// </summary>
internal sealed class DemoRewards(RewardBudgets budgets, RewardRulesService rules, SupermarketShelves shelves)
{
    private static readonly SupermarketItemDraft[] Items =
    [
        new("爱心毛巾", "纯棉毛巾一条", StoreItemKind.Goods, 10, 50, Guid.Empty),
        new("食用油 5 升", "爱心企业捐赠", StoreItemKind.Goods, 80, 20, Guid.Empty),
        new("大米 10 公斤", "爱心企业捐赠", StoreItemKind.Goods, 120, 20, Guid.Empty),
        new("上门理发一次", "由合作理发师到家服务", StoreItemKind.Service, 30, 10, Guid.Empty),
    ];

    public const long BureauFunding = 500_000;
    public const long SponsorFunding = 100_000;

    /// <summary>Seed-derived request ids: seeding twice funds once.</summary>
    private static readonly Guid BureauFundingRequest = new("5eed0001-0000-4000-8000-000000000001");
    private static readonly Guid SponsorFundingRequest = new("5eed0001-0000-4000-8000-000000000002");

    public async Task SeedAsync(Guid sponsorId, string sponsorName, IReadOnlyList<Guid> stationIds, CancellationToken cancellationToken)
    {
        await rules.CurrentAsync(cancellationToken);
        var bureau = await budgets.BureauBudgetAsync(cancellationToken);
        await budgets.FundAsync(bureau.Id, BureauFunding, BureauFundingRequest, cancellationToken);
        var sponsor = await budgets.CreateAsync($"{sponsorName}爱心积分", sponsorName, "system", cancellationToken);
        if (sponsor.Id is { } sponsorBudget)
        {
            await budgets.FundAsync(sponsorBudget, SponsorFunding, SponsorFundingRequest, cancellationToken);
        }

        foreach (var station in stationIds)
        {
            foreach (var item in Items)
            {
                await shelves.StockAsync(actingOrganisation: null, sponsorId, item with { StationId = station }, cancellationToken);
            }
        }
    }
}
