using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;

namespace Charity.Portal.Blazor.Components.Pages.Store;

/// <summary>The values of the add or edit item form as typed, turned into a draft when saved.</summary>
internal sealed class ShelfItemForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public StoreItemKind Kind { get; set; } = StoreItemKind.Goods;

    public long Price { get; set; } = 10;

    public int Stock { get; set; } = 1;

    public Guid StationId { get; set; }

    public static ShelfItemForm From(SupermarketItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new()
        {
            Name = item.Name,
            Description = item.Description,
            Kind = item.Kind,
            Price = item.Price,
            Stock = item.Stock,
            StationId = item.StationId,
        };
    }

    public SupermarketItemDraft ToDraft() => new(Name ?? string.Empty, Description ?? string.Empty, Kind, Price, Stock, StationId);
}
