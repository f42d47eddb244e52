namespace Charity.Points.Store;

/// <summary>
/// Which items a list holds, newest first: those of one listing, of one sponsor or all, whose name contains a text
/// or any; those collected at <see cref="PickUpFirst"/>, when given, ahead of the rest.
/// </summary>
public sealed record StoreItemQuery(StoreItemListing Listing, string? Sponsor = null, string? NameContains = null, string? PickUpFirst = null);
