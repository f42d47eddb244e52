namespace Charity.Points;

/// <summary>
/// The units the portal keeps accounts in. Every amount is a <see cref="long"/> count of the unit's smallest
/// part: whole points for <see cref="Shell"/>, fen (0.01 yuan) for <see cref="Cny"/>, so sums are exact
/// and no rounding ever happens inside the ledger. Convert yuan at the boundary: <c>fen = yuan * 100</c>.
/// </summary>
public static class LedgerUnits
{
    /// <summary>Sea-shell points (海贝分), in whole points.</summary>
    public const string Shell = "SHELL";

    /// <summary>Renminbi, in fen.</summary>
    public const string Cny = "CNY";

    internal const int MaxLength = 8;

    internal static bool IsWellFormed(string? unit) =>
        unit is { Length: > 0 and <= MaxLength } && unit.All(char.IsAsciiLetterUpper);
}
