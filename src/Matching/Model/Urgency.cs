namespace Charity.Matching.Model;

/// <summary>How soon a need must be answered, most urgent first.</summary>
public enum Urgency
{
    Critical = 0,
    High = 1,
    Normal = 2,
    Low = 3,
}
