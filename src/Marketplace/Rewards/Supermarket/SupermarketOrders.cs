using Charity.Marketplace.Cases;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Points.Store;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Rewards.Supermarket;

/// <summary>
/// Orders in the points supermarket: volunteers order for themselves, caseworkers for their station's households;
/// the pick-up station's caseworkers hand orders over (collected) or cancel them, and a volunteer may cancel their
/// own order until it is collected. Stock, order and points change together, once per request id.
/// </summary>
public sealed class SupermarketOrders(
    IDbContextFactory<MarketplaceDbContext> contexts, RewardAccounts accounts, StoreOrders orders, StoreOrderQueries queries, StoreCatalog catalog,
    PersonalDataScanner scanner)
{
    /// <summary>The most orders a page holds.</summary>
    public const int MaximumPageSize = 200;

    public async Task<StoreOrderResult> PlaceForVolunteerAsync(Guid volunteerId, Guid itemId, int quantity, Guid requestId, CancellationToken cancellationToken = default)
    {
        var account = await accounts.VolunteerAsync(volunteerId, cancellationToken);
        return await orders.PlaceAsync(new PlaceOrderRequest(OrderKey(requestId), itemId, account.Id, quantity), cancellationToken);
    }

    /// <summary>
    /// A caseworker orders for one of their station's households, from the household's points; the order goes on the
    /// case file's timeline.
    /// </summary>
    public async Task<StoreOrderResult> PlaceForHouseholdAsync(CaseAccess access, Guid caseFileId, Guid itemId, int quantity, Guid requestId, CancellationToken cancellationToken = default)
    {
        if (!await CanSeeAsync(access, caseFileId, cancellationToken))
        {
            return new StoreOrderResult(StoreOrderOutcome.NotFound);
        }

        var account = await accounts.HouseholdAsync(caseFileId, cancellationToken);
        var result = await orders.PlaceAsync(new PlaceOrderRequest(OrderKey(requestId), itemId, account.Id, quantity), cancellationToken);
        if (result is { Outcome: StoreOrderOutcome.Placed, Order: { } order })
        {
            var item = (await catalog.GetAsync(order.ItemId, cancellationToken))?.Details.Name;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.CaseFileEvents.Add(access.Event(caseFileId, CaseEventKind.SupermarketOrderPlaced, order.PlacedAt, $"{order.Quantity} × {item} · −{order.Points}"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>A page of the volunteer's orders, newest first.</summary>
    public async Task<RowPage<SupermarketOrder>> OfVolunteerAsync(Guid volunteerId, int page = 0, int pageSize = MaximumPageSize, CancellationToken cancellationToken = default) =>
        await accounts.FindVolunteerAsync(volunteerId, cancellationToken) is { } account
            ? await BuyerPageAsync(account.Id, page, pageSize, cancellationToken)
            : new RowPage<SupermarketOrder>([], 0);

    /// <summary>A page of the household's orders, newest first; none when the case file is not the caller's to see.</summary>
    public async Task<RowPage<SupermarketOrder>> OfHouseholdAsync(
        CaseAccess access, Guid caseFileId, int page = 0, int pageSize = MaximumPageSize, CancellationToken cancellationToken = default) =>
        await CanSeeAsync(access, caseFileId, cancellationToken) && await accounts.FindHouseholdAsync(caseFileId, cancellationToken) is { } account
            ? await BuyerPageAsync(account.Id, page, pageSize, cancellationToken)
            : new RowPage<SupermarketOrder>([], 0);

    /// <summary>A page of the orders of one status waiting at (or handed over by) a station, oldest first.</summary>
    public async Task<RowPage<SupermarketOrder>> AtStationAsync(
        Guid stationId, StoreOrderStatus status, int page = 0, int pageSize = MaximumPageSize, CancellationToken cancellationToken = default)
    {
        var location = SupermarketLocations.Station(stationId);
        var (skip, take) = RowPage.Window(page, pageSize, MaximumPageSize);
        var rows = await NameAsync(await queries.ListAtLocationAsync(location, status, skip, take, cancellationToken), cancellationToken);
        return new RowPage<SupermarketOrder>(rows, await queries.CountAtLocationAsync(location, status, cancellationToken));
    }

    /// <summary>The volunteer calls off their own order; the points and stock return.</summary>
    public async Task<StoreOrderResult> CancelForVolunteerAsync(Guid volunteerId, Guid orderId, string reason, CancellationToken cancellationToken = default)
    {
        var account = await accounts.FindVolunteerAsync(volunteerId, cancellationToken);
        var order = await queries.GetAsync(orderId, cancellationToken);
        return account is null || order is null || order.BuyerAccountId != account.Id
            ? new StoreOrderResult(StoreOrderOutcome.NotFound)
            : await CancelAsync(orderId, reason, cancellationToken);
    }

    /// <summary>The pick-up station's caseworker cancels an order that will not be collected.</summary>
    public async Task<StoreOrderResult> CancelAtStationAsync(CaseAccess access, Guid orderId, string reason, CancellationToken cancellationToken = default) =>
        await IsAtStationOfAsync(access, orderId, cancellationToken)
            ? await CancelAsync(orderId, reason, cancellationToken)
            : new StoreOrderResult(StoreOrderOutcome.NotFound);

    /// <summary>The pick-up station's caseworker hands the order over.</summary>
    public async Task<StoreOrderResult> MarkCollectedAsync(CaseAccess access, Guid orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        return await IsAtStationOfAsync(access, orderId, cancellationToken)
            ? await orders.MarkCollectedAsync(orderId, $"user:{access.UserId:N}", cancellationToken)
            : new StoreOrderResult(StoreOrderOutcome.NotFound);
    }

    /// <summary>A reason is required, within the stored length and free of personal data.</summary>
    public LocalizedText? ProblemWithReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? new LocalizedText("请写明取消原因。", "Say why the order is cancelled.")
        : reason.Trim().Length > StoreRules.ReasonMaxLength ? new LocalizedText($"最多 {StoreRules.ReasonMaxLength} 个字。", $"At most {StoreRules.ReasonMaxLength} characters.")
        : scanner.Scan(reason).Count > 0 ? new LocalizedText("原因含有个人信息，请删去。", "The reason contains personal data; remove it.")
        : null;

    private async Task<RowPage<SupermarketOrder>> BuyerPageAsync(Guid accountId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (skip, take) = RowPage.Window(page, pageSize, MaximumPageSize);
        var rows = await NameAsync(await queries.ListForBuyerAsync(accountId, skip, take, cancellationToken), cancellationToken);
        return new RowPage<SupermarketOrder>(rows, await queries.CountForBuyerAsync(accountId, cancellationToken));
    }

    private static string OrderKey(Guid requestId) => $"{StoreOrders.OrderReferenceKind}:{requestId:N}";

    private async Task<StoreOrderResult> CancelAsync(Guid orderId, string reason, CancellationToken cancellationToken) =>
        ProblemWithReason(reason) is null
            ? await orders.CancelAsync(orderId, reason.Trim(), cancellationToken)
            : new StoreOrderResult(StoreOrderOutcome.Invalid);

    private async Task<bool> CanSeeAsync(CaseAccess access, Guid caseFileId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await access.Visible(db.CaseFiles).AnyAsync(f => f.Id == caseFileId, cancellationToken);
    }

    private async Task<bool> IsAtStationOfAsync(CaseAccess access, Guid orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var order = await queries.GetAsync(orderId, cancellationToken);
        return order is not null && (access.IsBureau || access.StationId == SupermarketLocations.StationOf(order.PickUpLocation));
    }

    private async Task<IReadOnlyList<SupermarketOrder>> NameAsync(IReadOnlyList<StoreOrderView> placed, CancellationToken cancellationToken)
    {
        var items = await catalog.GetManyAsync(placed.Select(o => o.ItemId), cancellationToken);

        var (_, stations) = await SupermarketNames.ReadAsync(contexts, [], placed.Select(o => SupermarketLocations.StationOf(o.PickUpLocation)), cancellationToken);
        return
        [
            .. placed.Select(o =>
            {
                var station = SupermarketLocations.StationOf(o.PickUpLocation);
                return new SupermarketOrder(o, items.GetValueOrDefault(o.ItemId)?.Details.Name ?? string.Empty, station, stations.GetValueOrDefault(station) ?? new LocalizedText(string.Empty, string.Empty));
            }),
        ];
    }
}
