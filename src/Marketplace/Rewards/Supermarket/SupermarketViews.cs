using Charity.Marketplace.Localization;
using Charity.Points.Store;

namespace Charity.Marketplace.Rewards.Supermarket;

/// <summary>What a sponsor stocks in the points supermarket and where it is collected.</summary>
public sealed record SupermarketItemDraft(string Name, string Description, StoreItemKind Kind, long Price, int Stock, Guid StationId);

/// <summary>An item with its sponsor's and pick-up station's names.</summary>
public sealed record SupermarketItem(
    Guid Id, string Name, string Description, StoreItemKind Kind, long Price, int Stock, bool Active, Guid Version,
    Guid SponsorId, string SponsorName, Guid StationId, LocalizedText StationName);

/// <summary>An order with the names a buyer or a station needs to recognise it; never the buyer's identity.</summary>
public sealed record SupermarketOrder(StoreOrderView Order, string ItemName, Guid StationId, LocalizedText StationName);
