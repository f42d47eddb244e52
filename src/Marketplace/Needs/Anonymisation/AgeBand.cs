namespace Charity.Marketplace.Needs.Anonymisation;

/// <summary>A ten-year age band ("70–79"), open-ended from 90 ("90+"), as a published need shows a person's age.</summary>
public readonly record struct AgeBand
{
    public const int Width = 10;
    public const int OpenEndedFrom = 90;

    private AgeBand(int lowestAge) => LowestAge = lowestAge;

    public int LowestAge { get; }

    /// <summary>The highest age in the band; none for the open-ended band.</summary>
    public int? HighestAge => LowestAge >= OpenEndedFrom ? null : LowestAge + Width - 1;

    /// <summary>The band of someone born in <paramref name="birthYear"/> (only the year is kept) in the year of <paramref name="on"/>.</summary>
    public static AgeBand Of(int birthYear, DateOnly on) => ForAge(on.Year - birthYear);

    /// <summary>The band of <paramref name="age"/>; ages below zero (a birth year after the date) count as zero.</summary>
    public static AgeBand ForAge(int age) => new(Math.Min(Math.Max(age, 0) / Width * Width, OpenEndedFrom));

    public override string ToString() => HighestAge is { } highest ? $"{LowestAge}–{highest}" : $"{LowestAge}+";
}
