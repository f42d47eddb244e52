using System.Security.Claims;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Privacy;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Charity.Portal.Blazor.Cases;

/// <summary>Case files over the API, with the same station scoping and audit as the pages. Errors are problem details.</summary>
internal static class CaseFileEndpoints
{
    public sealed record StatusChange(CaseFileStatus Status, string? Reason, Guid Version);

    public sealed record RevealRequest(AccessPurpose Purpose, string? Note);

    public static IEndpointRouteBuilder MapCaseFileEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/v1/cases")
            .WithTags("Case files")
            .RequireAuthorization(IdentityRegistration.CaseFilesApiPolicy)
            .RequireRateLimiting(RateLimiting.ApiPolicy);
        cases.MapGet("/", ListAsync);
        cases.MapGet("/{id:guid}", GetAsync);
        cases.MapGet("/{id:guid}/timeline", TimelineAsync);
        cases.MapPost("/", OpenAsync);
        cases.MapPost("/{id:guid}/status", ChangeStatusAsync);
        cases.MapPost("/{id:guid}/personal-data", RevealAsync);
        return app;
    }

    private static async Task<Ok<CaseFilePage>> ListAsync(
        ClaimsPrincipal user, CaseFileService files, string? search, CaseFileStatus? status, BeneficiaryCategory? category, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, 100);
        return TypedResults.Ok(await files.PageAsync(CaseAccessOf.User(user), new CaseFileFilter(search, status, category), Math.Max(page ?? 0, 0), size, cancellationToken));
    }

    private static async Task<Results<Ok<CaseFileDetail>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, CaseFileService files, CancellationToken cancellationToken) =>
        await files.FindAsync(CaseAccessOf.User(user), id, cancellationToken) is { } file ? TypedResults.Ok(file) : NotFound();

    private static async Task<Results<Ok<IReadOnlyList<TimelineEntry>>, ProblemHttpResult>> TimelineAsync(Guid id, ClaimsPrincipal user, CaseFileService files, CancellationToken cancellationToken)
    {
        var access = CaseAccessOf.User(user);
        return await files.FindAsync(access, id, cancellationToken) is null ? NotFound() : TypedResults.Ok(await files.TimelineAsync(access, id, cancellationToken));
    }

    private static async Task<Results<Created<CaseFileDetail>, ValidationProblem>> OpenAsync(NewCaseFile request, ClaimsPrincipal user, CaseFileService files, CancellationToken cancellationToken)
    {
        var access = CaseAccessOf.User(user);
        var result = await files.OpenAsync(access, request with { Members = request.Members ?? [] }, cancellationToken);
        if (result.Outcome != CaseFileOutcome.Done)
        {
            return Invalid(result);
        }

        var created = await files.FindAsync(access, result.Id!.Value, cancellationToken);
        return TypedResults.Created($"/api/v1/cases/{result.Id}", created);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, StatusChange change, ClaimsPrincipal user, CaseFileService files, CancellationToken cancellationToken)
    {
        var result = await files.ChangeStatusAsync(CaseAccessOf.User(user), id, change.Status, change.Reason, change.Version, cancellationToken);
        return result.Outcome switch
        {
            CaseFileOutcome.Done => TypedResults.NoContent(),
            CaseFileOutcome.NotFound => NotFound(),
            CaseFileOutcome.Conflict => TypedResults.Problem(title: "The case file was changed by someone else", detail: "Reload it and try again.", statusCode: StatusCodes.Status409Conflict),
            _ => Invalid(result),
        };
    }

    private static async Task<Results<Ok<RevealedPersonalData>, ValidationProblem, ProblemHttpResult>> RevealAsync(
        Guid id, RevealRequest request, ClaimsPrincipal user, CaseFileService files, CancellationToken cancellationToken)
    {
        if (request.Purpose == AccessPurpose.Other && string.IsNullOrWhiteSpace(request.Note))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(RevealRequest.Note)] = ["Required when the purpose is Other."] });
        }

        return await files.RevealAsync(CaseAccessOf.User(user), id, request.Purpose, request.Note, cancellationToken) is { } data ? TypedResults.Ok(data) : NotFound();
    }

    /// <summary>A file outside the caller's station is indistinguishable from one that does not exist.</summary>
    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Case file not found", statusCode: StatusCodes.Status404NotFound);

    private static ValidationProblem Invalid(CaseFileResult result) =>
        TypedResults.ValidationProblem(
            (result.Problems ?? []).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Code.ToString()).ToArray()),
            title: "The case file was not saved");
}
