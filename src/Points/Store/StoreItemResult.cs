namespace Charity.Points.Store;

/// <summary>The outcome of a change to an item, with the item as it is now when it exists.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Item">The item after the change (or, on a conflict, as it is now); null when not found or invalid.</param>
public sealed record StoreItemResult(StoreItemOutcome Outcome, StoreItemView? Item = null);
