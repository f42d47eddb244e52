namespace Charity.Marketplace.Organisations;

/// <summary>The kinds of provider organisation the bureau works with.</summary>
public enum OrganisationType
{
    GovernmentDepartment = 1,
    MassOrganisation = 2,
    SocialOrganisation = 3,
    Charity = 4,
    CaringEnterprise = 5,
    VolunteerTeam = 6,
    SocialWorkAgency = 7,
}
