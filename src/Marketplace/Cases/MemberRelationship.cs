namespace Charity.Marketplace.Cases;

/// <summary>A household member's relationship to the head of the household.</summary>
public enum MemberRelationship
{
    Spouse = 1,
    Child = 2,
    Parent = 3,
    Grandchild = 4,
    Grandparent = 5,
    Sibling = 6,
    Other = 7,
}
