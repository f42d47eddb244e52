namespace Charity.Marketplace.Assessment;

/// <summary>How soon a household must be served; the values are ordered, a higher value is more urgent.</summary>
public enum Urgency
{
    Low = 1,
    Normal = 2,
    High = 3,
    Critical = 4,
}
