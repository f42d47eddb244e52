namespace Charity.Marketplace.Privacy;

/// <summary>A beneficiary's identifying details in the clear. Never stored, logged or indexed as such.</summary>
public sealed record PersonalData(string Name, string Phone, string Address)
{
    public override string ToString() => "PersonalData { *** }";
}

/// <summary>The same details, each field encrypted on its own, as they are stored.</summary>
public sealed record ProtectedPersonalData(string Name, string Phone, string Address);
