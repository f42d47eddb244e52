namespace Charity.Marketplace.Needs;

public enum NeedFrequency
{
    Once = 1,
    Weekly = 2,
    SeveralTimesAWeek = 3,
    Daily = 4,
    Monthly = 5,
}
