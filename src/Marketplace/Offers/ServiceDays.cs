namespace Charity.Marketplace.Offers;

/// <summary>The days of the week an offer is delivered on.</summary>
[Flags]
public enum ServiceDays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
    Everyday = Weekdays | Saturday | Sunday,
}
