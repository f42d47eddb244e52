using Charity.Marketplace.Localization;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Points.Store;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Rewards.Supermarket;

/// <summary>
/// The supermarket's shelves: sponsors (organisations) stock items to be collected at a station. The bureau may
/// manage any sponsor's items; an organisation's staff only their own (pass the acting organisation).
/// </summary>
public sealed class SupermarketShelves(IDbContextFactory<MarketplaceDbContext> contexts, StoreCatalog catalog, PersonalDataScanner scanner)
{
    /// <summary>The most items a page holds.</summary>
    public const int MaximumPageSize = 200;

    /// <summary>
    /// A page of items, newest first: on offer only, or also withdrawn ones; of one sponsor, or all; whose name
    /// contains a text, or any.
    /// </summary>
    public async Task<RowPage<SupermarketItem>> ListAsync(
        bool includeWithdrawn, Guid? sponsorId = null, int page = 0, int pageSize = MaximumPageSize, string? nameContains = null, CancellationToken cancellationToken = default)
    {
        var query = new StoreItemQuery(
            includeWithdrawn ? StoreItemListing.All : StoreItemListing.Active,
            sponsorId is { } organisation ? SupermarketLocations.Sponsor(organisation) : null,
            nameContains);
        var (skip, take) = RowPage.Window(page, pageSize, MaximumPageSize);
        var items = await catalog.ListAsync(query, skip, take, cancellationToken);
        return new RowPage<SupermarketItem>(await NameAsync(items, cancellationToken), await catalog.CountAsync(query, cancellationToken));
    }

    /// <summary>
    /// The first items that can be ordered now (on offer, in stock) whose name contains a text, or any: those
    /// collected at <paramref name="stationFirst"/> ahead of the rest, each part newest first.
    /// </summary>
    public async Task<IReadOnlyList<SupermarketItem>> FindOrderableAsync(string? nameContains, Guid stationFirst, int take, CancellationToken cancellationToken = default)
    {
        var query = new StoreItemQuery(StoreItemListing.Orderable, NameContains: nameContains, PickUpFirst: SupermarketLocations.Station(stationFirst));
        var (skip, count) = RowPage.Window(0, take, MaximumPageSize);
        return await NameAsync(await catalog.ListAsync(query, skip, count, cancellationToken), cancellationToken);
    }

    public async Task<SupermarketItem?> GetAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        await catalog.GetAsync(itemId, cancellationToken) is { } item ? (await NameAsync([item], cancellationToken))[0] : null;

    /// <summary>Puts a new item on the shelves for <paramref name="sponsorId"/>.</summary>
    public async Task<RewardResult> StockAsync(Guid? actingOrganisation, Guid sponsorId, SupermarketItemDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (actingOrganisation is { } acting && acting != sponsorId)
        {
            return RewardResult.NotFound;
        }

        if (await ProblemWithAsync(sponsorId, draft, cancellationToken) is { } problem)
        {
            return problem;
        }

        var result = await catalog.StockAsync(SupermarketLocations.Sponsor(sponsorId), Details(draft), draft.Stock, cancellationToken);
        return Outcome(result);
    }

    /// <summary>Changes an item's details (not its stock), unless someone changed it since <paramref name="version"/>.</summary>
    public async Task<RewardResult> EditAsync(Guid? actingOrganisation, Guid itemId, Guid version, SupermarketItemDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await SponsorOfAsync(actingOrganisation, itemId, cancellationToken) is not { } sponsor)
        {
            return RewardResult.NotFound;
        }

        return await ProblemWithAsync(sponsor, draft with { Stock = 0 }, cancellationToken)
            ?? Outcome(await catalog.EditAsync(itemId, version, Details(draft), cancellationToken));
    }

    /// <summary>Adds stock; orders placed meanwhile keep theirs.</summary>
    public async Task<RewardResult> RestockAsync(Guid? actingOrganisation, Guid itemId, int quantity, CancellationToken cancellationToken = default)
    {
        if (await SponsorOfAsync(actingOrganisation, itemId, cancellationToken) is null)
        {
            return RewardResult.NotFound;
        }

        return quantity is < 1 or > StoreRules.MaxQuantity
            ? RewardResult.Invalid(nameof(quantity), new LocalizedText($"数量应在 1 到 {StoreRules.MaxQuantity} 之间。", $"The quantity must be between 1 and {StoreRules.MaxQuantity}."))
            : Outcome(await catalog.RestockAsync(itemId, quantity, cancellationToken));
    }

    /// <summary>Takes an item off the shelves; placed orders can still be collected or cancelled.</summary>
    public async Task<RewardResult> WithdrawAsync(Guid? actingOrganisation, Guid itemId, Guid version, CancellationToken cancellationToken = default) =>
        await SponsorOfAsync(actingOrganisation, itemId, cancellationToken) is null
            ? RewardResult.NotFound
            : Outcome(await catalog.DeactivateAsync(itemId, version, cancellationToken));

    private static StoreItemDetails Details(SupermarketItemDraft draft) =>
        new(draft.Name.Trim(), draft.Description.Trim(), draft.Kind, draft.Price, SupermarketLocations.Station(draft.StationId));

    private static RewardResult Outcome(StoreItemResult result) => result.Outcome switch
    {
        StoreItemOutcome.Saved => RewardResult.Done(result.Item!.Id),
        StoreItemOutcome.Conflict => RewardResult.Conflict,
        StoreItemOutcome.NotFound => RewardResult.NotFound,
        _ => RewardResult.Invalid("item", new LocalizedText("物品信息不完整。", "The item is incomplete.")),
    };

    private async Task<Guid?> SponsorOfAsync(Guid? actingOrganisation, Guid itemId, CancellationToken cancellationToken)
    {
        var sponsor = await catalog.GetAsync(itemId, cancellationToken) is { } item ? SupermarketLocations.SponsorOf(item.Sponsor) : (Guid?)null;
        return sponsor is null || (actingOrganisation is { } acting && acting != sponsor) ? null : sponsor;
    }

    private async Task<RewardResult?> ProblemWithAsync(Guid sponsorId, SupermarketItemDraft draft, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Trim().Length > StoreRules.NameMaxLength)
        {
            return RewardResult.Invalid(nameof(draft.Name), new LocalizedText($"请填写名称，最多 {StoreRules.NameMaxLength} 个字。", $"Give a name of at most {StoreRules.NameMaxLength} characters."));
        }

        if ((draft.Description ?? string.Empty).Trim().Length > StoreRules.DescriptionMaxLength)
        {
            return RewardResult.Invalid(nameof(draft.Description), new LocalizedText($"说明最多 {StoreRules.DescriptionMaxLength} 个字。", $"At most {StoreRules.DescriptionMaxLength} characters."));
        }

        if (scanner.Scan($"{draft.Name}\n{draft.Description}").Count > 0)
        {
            return RewardResult.Invalid(nameof(draft.Description), new LocalizedText("内容含有个人信息（电话、门牌等），请删去。", "It contains personal data (a phone or house number); remove it."));
        }

        if (draft.Price is < 1 or > StoreRules.MaxPrice)
        {
            return RewardResult.Invalid(nameof(draft.Price), new LocalizedText("积分价格应为正整数。", "The price must be a positive whole number of points."));
        }

        if (draft.Stock is < 0 or > StoreRules.MaxQuantity)
        {
            return RewardResult.Invalid(nameof(draft.Stock), new LocalizedText($"库存应在 0 到 {StoreRules.MaxQuantity} 之间。", $"The stock must be between 0 and {StoreRules.MaxQuantity}."));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Stations.AnyAsync(s => s.Id == draft.StationId, cancellationToken))
        {
            return RewardResult.Invalid(nameof(draft.StationId), new LocalizedText("请选择取货驿站。", "Choose the station where it is collected."));
        }

        return await db.Organisations.AnyAsync(o => o.Id == sponsorId, cancellationToken)
            ? null
            : RewardResult.Invalid("sponsorId", new LocalizedText("请选择赞助机构。", "Choose the sponsoring organisation."));
    }

    private async Task<IReadOnlyList<SupermarketItem>> NameAsync(IReadOnlyList<StoreItemView> items, CancellationToken cancellationToken)
    {
        var (organisations, stations) = await SupermarketNames.ReadAsync(
            contexts, items.Select(i => SupermarketLocations.SponsorOf(i.Sponsor)), items.Select(i => SupermarketLocations.StationOf(i.Details.PickUpLocation)), cancellationToken);
        return
        [
            .. items.Select(i =>
            {
                var (sponsor, station) = (SupermarketLocations.SponsorOf(i.Sponsor), SupermarketLocations.StationOf(i.Details.PickUpLocation));
                return new SupermarketItem(
                    i.Id, i.Details.Name, i.Details.Description, i.Details.Kind, i.Details.Price, i.Stock, i.Active, i.Version,
                    sponsor, organisations.GetValueOrDefault(sponsor, string.Empty), station, stations.GetValueOrDefault(station) ?? new LocalizedText(string.Empty, string.Empty));
            }),
        ];
    }
}
