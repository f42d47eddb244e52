namespace Charity.Points.Store;

/// <summary>Which items a listing shows.</summary>
public enum StoreItemListing
{
    /// <summary>Items on offer, sold out or not: what buyers browse.</summary>
    Active,

    /// <summary>Withdrawn items too: what sponsors and administrators see.</summary>
    All,

    /// <summary>Items on offer with stock left: what can be ordered now.</summary>
    Orderable,
}
