namespace Charity.Points.Store;

/// <summary>What a sponsor says about an item: everything but its stock, which only counts up and down.</summary>
/// <param name="Name">Shown in the store; 1–100 characters.</param>
/// <param name="Description">Shown in the store; at most 1,000 characters.</param>
/// <param name="Kind">Goods or a service.</param>
/// <param name="Price">Points per unit, 1 to 1,000,000,000.</param>
/// <param name="PickUpLocation">An opaque reference to where orders are collected, such as <c>station:{guid}</c>.</param>
public sealed record StoreItemDetails(string Name, string Description, StoreItemKind Kind, long Price, string PickUpLocation);
