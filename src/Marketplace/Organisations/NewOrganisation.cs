namespace Charity.Marketplace.Organisations;

/// <summary>What an organisation enters to sign up, with the name and e-mail of its first staff member.</summary>
public sealed record NewOrganisation(
    OrganisationType? Type,
    string Name,
    string CreditCode,
    string ContactPhone,
    Guid? HomeDistrictId,
    IReadOnlyList<Guid> ServiceDistrictIds,
    string StaffName,
    string StaffEmail,
    NewOrganisationLogo? Logo = null);

/// <summary>An uploaded logo as received: its declared content type and bytes.</summary>
public sealed record NewOrganisationLogo(string ContentType, byte[] Content);

/// <summary>
/// Why an organisation could not sign up or be changed; the field is the input's property name.
/// A credit-code problem carries the check's position, the character found and the one expected.
/// </summary>
public sealed record OrganisationProblem(string Field, OrganisationProblemCode Code, int Position = 0, char Found = '\0', char Expected = '\0');

public enum OrganisationProblemCode
{
    Required = 1,
    TooLong = 2,
    PhoneInvalid = 3,
    EmailInvalid = 4,
    UnknownDistrict = 5,
    CreditCodeWrongLength = 6,
    CreditCodeInvalidCharacter = 7,
    CreditCodeWrongCheckCharacter = 8,
    DuplicateCreditCode = 9,
    LogoTooLarge = 10,
    LogoNotAnImage = 11,
    ReasonRequired = 12,
    NotPending = 13,
}
