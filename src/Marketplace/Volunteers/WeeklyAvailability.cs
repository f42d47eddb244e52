namespace Charity.Marketplace.Volunteers;

/// <summary>Parts of a day a volunteer can serve.</summary>
public enum DayPart
{
    Morning = 0,
    Afternoon = 1,
    Evening = 2,
}

/// <summary>When a volunteer is available in a week: one bit for each day and part of the day (7 × 3 bits).</summary>
public readonly record struct WeeklyAvailability(int Bits)
{
    public const int AllBits = (1 << 21) - 1;

    public static WeeklyAvailability None { get; } = new(0);

    public bool Has(DayOfWeek day, DayPart part) => (Bits & Bit(day, part)) != 0;

    public WeeklyAvailability With(DayOfWeek day, DayPart part, bool available) =>
        new(available ? Bits | Bit(day, part) : Bits & ~Bit(day, part));

    private static int Bit(DayOfWeek day, DayPart part) => 1 << (((int)day * 3) + (int)part);
}
