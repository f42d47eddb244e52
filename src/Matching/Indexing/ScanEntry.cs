using Charity.Matching.Model;

namespace Charity.Matching.Indexing;

/// <summary>
/// What a scan of a slot reads of every entry it passes, in 48 bytes so that a scan streams through one array instead
/// of one per field: the position as single-precision Earth-centred coordinates (each within
/// <see cref="CoordinateErrorKm"/> of the exact ones), the static factor and radius rounded up (so they still bound),
/// the hours and the beneficiary categories. The exact values, read only for entries that pass, stay in
/// <see cref="GridIndex"/>.
/// </summary>
internal readonly struct ScanEntry
{
    /// <summary>The most a coordinate can move when rounded to a float: half a unit in the last place below 8192 km.</summary>
    public const double CoordinateErrorKm = 1.0 / 4096;

    public ScanEntry(double x, double y, double z, double staticFactor, double radiusKm, WeeklyHours hours, BeneficiaryCategories served)
    {
        (X, Y, Z) = ((float)x, (float)y, (float)z);
        StaticBound = RoundUp(staticFactor);
        RadiusBoundKm = RoundUp(radiusKm);
        Hours = hours;
        Served = served;
    }

    public float X { get; }

    public float Y { get; }

    public float Z { get; }

    public float StaticBound { get; }

    public float RadiusBoundKm { get; }

    public BeneficiaryCategories Served { get; }

    public WeeklyHours Hours { get; }

    /// <summary>The float nearest <paramref name="value"/> from above, so a stored maximum still bounds.</summary>
    public static float RoundUp(double value)
    {
        var rounded = (float)value;
        return rounded < value ? MathF.BitIncrement(rounded) : rounded;
    }
}
