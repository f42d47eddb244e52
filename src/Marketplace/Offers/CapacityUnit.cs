namespace Charity.Marketplace.Offers;

/// <summary>How an offer's capacity is counted: households served per week, or households in total over its validity.</summary>
public enum CapacityUnit
{
    HouseholdsPerWeek = 1,
    HouseholdsInTotal = 2,
}
