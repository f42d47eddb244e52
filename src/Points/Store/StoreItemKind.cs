namespace Charity.Points.Store;

/// <summary>What a store item is.</summary>
public enum StoreItemKind
{
    /// <summary>Something to take away, such as rice or cooking oil.</summary>
    Goods,

    /// <summary>Something done for the buyer, such as a haircut or a repair.</summary>
    Service,
}
