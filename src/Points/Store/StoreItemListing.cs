namespace Charity.Points.Store;

/// <summary>Which items a listing shows.</summary>
public enum StoreItemListing
{
    /// <summary>Items that can be ordered: what buyers see.</summary>
    Active,

    /// <summary>Withdrawn items too: what sponsors and administrators see.</summary>
    All,
}
