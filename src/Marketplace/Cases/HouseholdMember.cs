namespace Charity.Marketplace.Cases;

/// <summary>Someone who lives with the head of the household. Name and ID number are held encrypted.</summary>
public sealed class HouseholdMember
{
    private HouseholdMember()
    {
        ProtectedName = string.Empty;
    }

    public HouseholdMember(MemberRelationship relationship, int birthYear, string protectedName, string? protectedIdNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedName);
        Id = Guid.CreateVersion7();
        Relationship = relationship;
        BirthYear = birthYear;
        ProtectedName = protectedName;
        ProtectedIdNumber = protectedIdNumber;
    }

    public Guid Id { get; private set; }

    public MemberRelationship Relationship { get; private set; }

    public int BirthYear { get; private set; }

    public string ProtectedName { get; private set; }

    public string? ProtectedIdNumber { get; private set; }
}
