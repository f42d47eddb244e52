using Microsoft.AspNetCore.Http.HttpResults;

namespace Charity.Portal.Blazor.Accounts;

/// <summary>Problem details for a caller whose account lacks what an endpoint acts on.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NoVolunteerProfile() =>
        TypedResults.Problem(title: "No volunteer profile", detail: "This account has no volunteer profile.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult NoOrganisation() =>
        TypedResults.Problem(title: "No organisation", detail: "This staff account belongs to no organisation.", statusCode: StatusCodes.Status403Forbidden);
}
