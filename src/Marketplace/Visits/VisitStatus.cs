namespace Charity.Marketplace.Visits;

/// <summary>A logged visit waits for the caseworker, who confirms it or queries it with a reason.</summary>
public enum VisitStatus
{
    Logged = 1,
    Confirmed = 2,
    Queried = 3,
}
