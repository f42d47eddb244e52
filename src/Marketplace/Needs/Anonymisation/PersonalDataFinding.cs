namespace Charity.Marketplace.Needs.Anonymisation;

public enum PersonalDataKind
{
    IdNumber,
    Mobile,
    Landline,
    Email,
    HouseNumber,
    HonorificName,
}

/// <summary>Personal data found in free text: what it is, where it is and the text to remove.</summary>
public sealed record PersonalDataFinding(PersonalDataKind Kind, int Index, int Length, string Text)
{
    public int End => Index + Length;

    public override string ToString() => $"{Kind} at {Index} ({Length} characters)";
}
