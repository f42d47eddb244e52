namespace Charity.Marketplace.Assessment;

/// <summary>
/// A band of 20 on the hardship index (0–19, 20–39, 40–59, 60–79, 80–100), which is what a posted,
/// anonymised need shows instead of the index itself. An index falls in the band of its whole part,
/// so 19.9 is in 0–19; the top band also holds 100.
/// </summary>
public readonly record struct HardshipBand
{
    public const int Width = 20;

    private const int TopLowest = 80;
    private const int MaximumIndex = 100;

    private HardshipBand(int lowest) => Lowest = lowest;

    public int Lowest { get; }

    public int Highest => Lowest == TopLowest ? MaximumIndex : Lowest + Width - 1;

    public static IReadOnlyList<HardshipBand> All { get; } = [new(0), new(20), new(40), new(60), new(TopLowest)];

    public static HardshipBand Of(decimal hardshipIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hardshipIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hardshipIndex, MaximumIndex);
        return new(Math.Min((int)(hardshipIndex / Width) * Width, TopLowest));
    }

    public bool Contains(decimal hardshipIndex) => Of(hardshipIndex) == this;

    public override string ToString() => $"{Lowest}–{Highest}";
}
