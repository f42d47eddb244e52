using System.Text.RegularExpressions;

namespace Charity.Marketplace.Organisations;

/// <summary>Checks a sign-up's fields on their own; district existence and duplicate codes need the database.</summary>
public static partial class NewOrganisationValidator
{
    public const int MaxNameLength = 120;
    public const int MaxStaffNameLength = 60;

    public static List<OrganisationProblem> Validate(NewOrganisation request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<OrganisationProblem>();
        if (request.Type is null || !Enum.IsDefined(request.Type.Value))
        {
            problems.Add(new(nameof(NewOrganisation.Type), OrganisationProblemCode.Required));
        }

        Text(problems, nameof(NewOrganisation.Name), request.Name, MaxNameLength);
        problems.AddRange(CreditCodeProblems(request.CreditCode));
        if (string.IsNullOrWhiteSpace(request.ContactPhone))
        {
            problems.Add(new(nameof(NewOrganisation.ContactPhone), OrganisationProblemCode.Required));
        }
        else if (!PhoneNumbers.IsMobileOrLandline(request.ContactPhone.Trim()))
        {
            problems.Add(new(nameof(NewOrganisation.ContactPhone), OrganisationProblemCode.PhoneInvalid));
        }

        if (request.HomeDistrictId is null)
        {
            problems.Add(new(nameof(NewOrganisation.HomeDistrictId), OrganisationProblemCode.Required));
        }

        Text(problems, nameof(NewOrganisation.StaffName), request.StaffName, MaxStaffNameLength);
        if (string.IsNullOrWhiteSpace(request.StaffEmail))
        {
            problems.Add(new(nameof(NewOrganisation.StaffEmail), OrganisationProblemCode.Required));
        }
        else if (!Email().IsMatch(request.StaffEmail.Trim()))
        {
            problems.Add(new(nameof(NewOrganisation.StaffEmail), OrganisationProblemCode.EmailInvalid));
        }

        if (request.Logo is { } logo)
        {
            if (!OrganisationLogo.ContentTypes.Contains(logo.ContentType) || !LooksLikeImage(logo))
            {
                problems.Add(new(nameof(NewOrganisation.Logo), OrganisationProblemCode.LogoNotAnImage));
            }
            else if (logo.Content.Length > OrganisationLogo.MaxBytes)
            {
                problems.Add(new(nameof(NewOrganisation.Logo), OrganisationProblemCode.LogoTooLarge));
            }
        }

        return problems;
    }

    /// <summary>The credit code's problem, naming the wrong character and position, or nothing when it is valid.</summary>
    public static IEnumerable<OrganisationProblem> CreditCodeProblems(string? creditCode)
    {
        const string field = nameof(NewOrganisation.CreditCode);
        if (string.IsNullOrWhiteSpace(creditCode))
        {
            return [new(field, OrganisationProblemCode.Required)];
        }

        var check = UnifiedSocialCreditCode.Check(creditCode);
        return check.Error switch
        {
            UnifiedSocialCreditCodeError.WrongLength => [new(field, OrganisationProblemCode.CreditCodeWrongLength, check.Position)],
            UnifiedSocialCreditCodeError.InvalidCharacter => [new(field, OrganisationProblemCode.CreditCodeInvalidCharacter, check.Position, check.Found)],
            UnifiedSocialCreditCodeError.WrongCheckCharacter => [new(field, OrganisationProblemCode.CreditCodeWrongCheckCharacter, check.Position, check.Found, check.Expected)],
            _ => [],
        };
    }

    private static void Text(List<OrganisationProblem> problems, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, OrganisationProblemCode.Required));
        }
        else if (value.Trim().Length > maxLength)
        {
            problems.Add(new(field, OrganisationProblemCode.TooLong));
        }
    }

    /// <summary>The declared type must match the file's signature, so a renamed file is not served as an image.</summary>
    private static bool LooksLikeImage(NewOrganisationLogo logo) => logo.ContentType switch
    {
        "image/png" => logo.Content.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47]),
        "image/jpeg" => logo.Content.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]),
        _ => false,
    };

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
