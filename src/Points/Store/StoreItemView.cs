namespace Charity.Points.Store;

/// <summary>A store item as the store shows it.</summary>
/// <param name="Id">The item's id, used in orders.</param>
/// <param name="Sponsor">The opaque owner whose store account receives the points.</param>
/// <param name="Details">Its name, description, kind, price and pick-up location.</param>
/// <param name="Stock">Units left to order.</param>
/// <param name="Active">False once withdrawn: it can no longer be ordered.</param>
/// <param name="Version">Pass it back to edit the item; an edit based on an older version is refused.</param>
/// <param name="CreatedAt">When it was first stocked.</param>
public sealed record StoreItemView(Guid Id, string Sponsor, StoreItemDetails Details, int Stock, bool Active, Guid Version, DateTimeOffset CreatedAt);
