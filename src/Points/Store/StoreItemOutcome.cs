namespace Charity.Points.Store;

/// <summary>What became of a change to the store's items.</summary>
public enum StoreItemOutcome
{
    /// <summary>Written.</summary>
    Saved,

    /// <summary>No item has this id.</summary>
    NotFound,

    /// <summary>The item was changed since the version the edit was based on; reload it and try again.</summary>
    Conflict,

    /// <summary>A required value is missing, too long or out of range.</summary>
    Invalid,
}
