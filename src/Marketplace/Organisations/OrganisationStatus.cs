namespace Charity.Marketplace.Organisations;

/// <summary>Only a verified organisation's offers are visible to anyone but its own staff.</summary>
public enum OrganisationStatus
{
    PendingVerification = 1,
    Verified = 2,
    Rejected = 3,
}
