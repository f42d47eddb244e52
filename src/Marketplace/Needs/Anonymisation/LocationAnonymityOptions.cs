namespace Charity.Marketplace.Needs.Anonymisation;

/// <summary>How coarse a published need's location must be (k-anonymity over the case files of an area).</summary>
public sealed record LocationAnonymityOptions
{
    /// <summary>k: the fewest case files, the household's own included, that must share the published cell.</summary>
    public int MinimumHouseholdsPerCell { get; init; } = 5;

    /// <summary>Cells are coarsened up to this size; beyond it the township centre is published instead.</summary>
    public double CoarsestCellKm { get; init; } = 16;
}
