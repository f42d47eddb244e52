namespace Charity.Points.Store;

/// <summary>
/// Goods or a service a sponsor offers in the points supermarket. <see cref="Stock"/> changes only by
/// conditional increments and decrements in the database (orders, cancellations, restocking), never by
/// writing back a value read earlier; <see cref="Version"/> guards the details against stale edits.
/// </summary>
internal sealed class StoreItem
{
    public Guid Id { get; init; }

    /// <summary>The opaque owner whose store account receives the points, such as <c>organisation:{guid}</c>.</summary>
    public required string Sponsor { get; init; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public StoreItemKind Kind { get; set; }

    /// <summary>Points per unit, more than zero.</summary>
    public long Price { get; set; }

    public int Stock { get; set; }

    /// <summary>An opaque reference to where orders are collected, such as <c>station:{guid}</c>.</summary>
    public required string PickUpLocation { get; set; }

    public bool Active { get; set; }

    public Guid Version { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
