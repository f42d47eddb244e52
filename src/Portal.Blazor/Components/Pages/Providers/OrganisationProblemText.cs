using Charity.Marketplace.Organisations;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Components.Pages.Providers;

/// <summary>The reader's words for an organisation problem: which field, and what to correct.</summary>
internal static class OrganisationProblemText
{
    public static string Describe(IStringLocalizer localizer, OrganisationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(problem);
        var key = $"OrganisationProblem.{problem.Code}";
        return problem.Code switch
        {
            OrganisationProblemCode.CreditCodeWrongLength => localizer[key, problem.Position],
            OrganisationProblemCode.CreditCodeInvalidCharacter => localizer[key, problem.Position, problem.Found],
            OrganisationProblemCode.CreditCodeWrongCheckCharacter => localizer[key, problem.Position, problem.Found, problem.Expected],
            _ => localizer[key, localizer[FieldLabel(problem.Field)].Value],
        };
    }

    private static string FieldLabel(string field) => field switch
    {
        nameof(NewOrganisation.Type) => "OrgSignUp.Type",
        nameof(NewOrganisation.Name) => "OrgSignUp.Name",
        nameof(NewOrganisation.CreditCode) => "OrgSignUp.CreditCode",
        nameof(NewOrganisation.ContactPhone) => "OrgSignUp.ContactPhone",
        nameof(NewOrganisation.HomeDistrictId) => "OrgSignUp.HomeDistrict",
        nameof(NewOrganisation.ServiceDistrictIds) => "OrgSignUp.ServiceDistricts",
        nameof(NewOrganisation.StaffName) => "OrgSignUp.StaffName",
        nameof(NewOrganisation.StaffEmail) => "Account.Email",
        nameof(NewOrganisation.Logo) => "OrgSignUp.Logo",
        _ => field,
    };
}
