using System.Security.Claims;
using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Charity.Portal.Blazor.Organisations;

/// <summary>
/// Organisations over the API (verified ones, in a shape close to Open Referral HSDS: no people, only the public
/// phone), the bureau's decisions with problem details, and the logo image for pages.
/// </summary>
internal static class OrganisationEndpoints
{
    public sealed record Phone(string Number);

    public sealed record ServiceArea(string Code, string Name, string NameEn);

    public sealed record ApiOrganisation(Guid Id, string Name, string? Description, OrganisationType Type, IReadOnlyList<Phone> Phones, IReadOnlyList<ServiceArea> ServiceAreas);

    public sealed record ApiOrganisationPage(IReadOnlyList<ApiOrganisation> Items, int TotalCount, int Page, int PageSize);

    public sealed record Decision(Guid Version, string? Reason);

    public sealed record SignUp(NewOrganisation Organisation, string Password);

    public sealed record SignedUp(Guid Id, string Status);

    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/organisations/{id:guid}/logo", LogoAsync).AllowAnonymous().ExcludeFromDescription();
        var organisations = app.MapGroup("/api/v1/organisations")
            .WithTags("Organisations")
            .RequireRateLimiting(RateLimiting.ApiPolicy);
        organisations.MapGet("/", ListAsync).AllowAnonymous();
        organisations.MapPost("/", SignUpAsync).AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy);
        organisations.MapGet("/{id:guid}", GetAsync).AllowAnonymous();
        organisations.MapPost("/{id:guid}/verify", VerifyAsync).RequireAuthorization(IdentityRegistration.AdminApiPolicy);
        organisations.MapPost("/{id:guid}/reject", RejectAsync).RequireAuthorization(IdentityRegistration.AdminApiPolicy);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> LogoAsync(Guid id, ClaimsPrincipal user, OrganisationDirectory directory, HttpContext context, CancellationToken cancellationToken)
    {
        if (await directory.LogoAsync(OrganisationViewerOf.User(user), id, cancellationToken) is not { } logo)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "private, max-age=300";
        return TypedResults.File(logo.Content, logo.ContentType);
    }

    private static async Task<Ok<ApiOrganisationPage>> ListAsync(OrganisationDirectory directory, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, 100);
        var index = Math.Max(page ?? 0, 0);
        var (items, total) = await directory.ListVerifiedAsync(index, size, cancellationToken);
        return TypedResults.Ok(new ApiOrganisationPage([.. items.Select(ToApi)], total, index, size));
    }

    /// <summary>
    /// The sign-up form over the API: the organisation waits for the bureau's verification and stays invisible until
    /// then; a credit-code problem names the position, the character found and the one expected.
    /// </summary>
    private static async Task<Results<Accepted<SignedUp>, ValidationProblem>> SignUpAsync(SignUp request, OrganisationSignUp signUp, CancellationToken cancellationToken)
    {
        if (request.Organisation is null || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [request.Organisation is null ? nameof(SignUp.Organisation) : nameof(SignUp.Password)] = ["Required"] },
                title: "The organisation was not signed up");
        }

        var result = await signUp.RegisterAsync(request.Organisation with { ServiceDistrictIds = request.Organisation.ServiceDistrictIds ?? [] }, request.Password, cancellationToken);
        if (result.Succeeded)
        {
            return TypedResults.Accepted($"/api/v1/organisations/{result.User!.OrganisationId}", new SignedUp(result.User.OrganisationId!.Value, "PendingVerification"));
        }

        var problems = result.Problems.Select(p => (p.Field, Message: Describe(p)))
            .Concat(result.IdentityErrors.Select(e => (Field: e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(SignUp.Password) : nameof(NewOrganisation.StaffEmail), Message: e.Code)));
        return TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: "The organisation was not signed up");
    }

    private static string Describe(OrganisationProblem problem) => problem.Code switch
    {
        OrganisationProblemCode.CreditCodeWrongCheckCharacter => FormattableString.Invariant($"{problem.Code}: position {problem.Position} is '{problem.Found}', expected '{problem.Expected}'"),
        OrganisationProblemCode.CreditCodeInvalidCharacter => FormattableString.Invariant($"{problem.Code}: position {problem.Position} is '{problem.Found}'"),
        OrganisationProblemCode.CreditCodeWrongLength => FormattableString.Invariant($"{problem.Code}: {problem.Position} characters instead of 18"),
        _ => problem.Code.ToString(),
    };

    private static async Task<Results<Ok<ApiOrganisation>, ProblemHttpResult>> GetAsync(Guid id, OrganisationDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindPublicAsync(id, cancellationToken) is { } organisation ? TypedResults.Ok(ToApi(organisation)) : NotFound();

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> VerifyAsync(Guid id, Decision decision, OrganisationVerification verification, CancellationToken cancellationToken) =>
        Outcome(await verification.VerifyAsync(id, decision.Version, cancellationToken));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RejectAsync(Guid id, Decision decision, OrganisationVerification verification, CancellationToken cancellationToken) =>
        Outcome(await verification.RejectAsync(id, decision.Reason, decision.Version, cancellationToken));

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Outcome(OrganisationResult result) => result.Outcome switch
    {
        OrganisationOutcome.Done => TypedResults.NoContent(),
        OrganisationOutcome.NotFound => NotFound(),
        OrganisationOutcome.Conflict => TypedResults.Problem(title: "The organisation was changed by someone else", detail: "Reload it and decide again.", statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.ValidationProblem(
            (result.Problems ?? []).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Code.ToString()).ToArray()),
            title: "The decision was not saved"),
    };

    /// <summary>An unverified organisation is indistinguishable from one that does not exist.</summary>
    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Organisation not found", statusCode: StatusCodes.Status404NotFound);

    private static ApiOrganisation ToApi(PublicOrganisation organisation) => new(
        organisation.Id,
        organisation.Name,
        Description: null,
        organisation.Type,
        [new Phone(organisation.ContactPhone)],
        [.. organisation.DistrictCodes.Zip(organisation.Districts, (code, name) => new ServiceArea(code, name.ZhCn, name.EnUs))]);
}
