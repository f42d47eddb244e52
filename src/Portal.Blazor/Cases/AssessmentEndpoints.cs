using System.Security.Claims;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Charity.Portal.Blazor.Cases;

/// <summary>Assessments and needs over the API, with the same station scoping as case files. Errors are problem details.</summary>
internal static class AssessmentEndpoints
{
    /// <summary>Scores as 52 digits 0–3, indicator 1 first, and the version read (optimistic concurrency).</summary>
    public sealed record ScoresRequest(string Scores, Guid Version);

    public sealed record AssessmentResponse(Guid Id, Guid CaseFileId, string FileNumber, AssessmentStatus Status, string Scores, int RuleSetNumber, AssessmentResult? Result, Guid Version);

    public sealed record PersonalDataInDescription(PersonalDataKind Kind, int Index, int Length);

    public static IEndpointRouteBuilder MapAssessmentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(IdentityRegistration.CaseFilesApiPolicy)
            .RequireRateLimiting(RateLimiting.ApiPolicy);
        api.MapPost("/cases/{caseFileId:guid}/assessments", StartAsync).WithTags("Assessments");
        api.MapGet("/assessments/{id:guid}", GetAsync).WithTags("Assessments");
        api.MapPut("/assessments/{id:guid}", (Guid id, ScoresRequest request, ClaimsPrincipal user, AssessmentService assessments, CancellationToken cancellationToken) =>
            ChangeAsync(id, request, user, assessments, submit: false, cancellationToken)).WithTags("Assessments");
        api.MapPost("/assessments/{id:guid}/submit", (Guid id, ScoresRequest request, ClaimsPrincipal user, AssessmentService assessments, CancellationToken cancellationToken) =>
            ChangeAsync(id, request, user, assessments, submit: true, cancellationToken)).WithTags("Assessments");
        api.MapGet("/needs", ListNeedsAsync).WithTags("Needs");
        api.MapPost("/needs", PublishAsync).WithTags("Needs");
        return app;
    }

    private static async Task<Results<Created<AssessmentResponse>, ProblemHttpResult>> StartAsync(Guid caseFileId, ClaimsPrincipal user, AssessmentService assessments, CancellationToken cancellationToken)
    {
        var access = CaseAccessOf.User(user);
        var (outcome, id) = await assessments.StartAsync(access, caseFileId, cancellationToken);
        if (outcome != AssessmentOutcome.Done)
        {
            return Problem(outcome);
        }

        var view = await assessments.GetAsync(access, id!.Value, cancellationToken);
        return TypedResults.Created($"/api/v1/assessments/{id}", ToResponse(view!));
    }

    private static async Task<Results<Ok<AssessmentResponse>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, AssessmentService assessments, CancellationToken cancellationToken) =>
        await assessments.GetAsync(CaseAccessOf.User(user), id, cancellationToken) is { } view ? TypedResults.Ok(ToResponse(view)) : Problem(AssessmentOutcome.NotFound);

    private static async Task<Results<Ok<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, ScoresRequest request, ClaimsPrincipal user, AssessmentService assessments, bool submit, CancellationToken cancellationToken)
    {
        if (!IndicatorScores.TryParse(request.Scores, out var scores))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(ScoresRequest.Scores)] = ["52 digits from 0 to 3, indicator 1 first."] });
        }

        var access = CaseAccessOf.User(user);
        var outcome = submit
            ? await assessments.SubmitAsync(access, id, scores, request.Version, cancellationToken)
            : await assessments.SaveDraftAsync(access, id, scores, request.Version, cancellationToken);
        return outcome == AssessmentOutcome.Done
            ? TypedResults.Ok(ToResponse((await assessments.GetAsync(access, id, cancellationToken))!))
            : Problem(outcome);
    }

    private static async Task<Ok<NeedWorklist.Page>> ListNeedsAsync(
        ClaimsPrincipal user, NeedWorklist worklist, NeedStatus? status, Urgency? urgency, string? serviceItem, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await worklist.PageAsync(CaseAccessOf.User(user), new NeedWorklist.Filter(status, urgency, serviceItem), Math.Max(page ?? 0, 0), Math.Clamp(pageSize ?? 20, 1, 100), cancellationToken));

    /// <summary>201 when published; 400 for invalid fields; 422 listing the personal data to remove from the description.</summary>
    private static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> PublishAsync(NeedDraft draft, ClaimsPrincipal user, NeedPublisher publisher, CancellationToken cancellationToken)
    {
        var result = await publisher.PublishAsync(CaseAccessOf.User(user), draft, cancellationToken);
        return result.Outcome switch
        {
            NeedPublishOutcome.Published => TypedResults.Created($"/api/v1/needs/{result.NeedId}"),
            NeedPublishOutcome.NotFound => Problem(AssessmentOutcome.NotFound),
            NeedPublishOutcome.BlockedByPersonalData => TypedResults.Problem(
                title: "The description contains personal data",
                detail: "Remove what is listed in 'personalData' and publish again.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["personalData"] = result.Findings!.Select(f => new PersonalDataInDescription(f.Kind, f.Index, f.Length)).ToList() }),
            _ => TypedResults.ValidationProblem(
                result.Problems!.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Code.ToString()).ToArray()),
                title: "The need was not published"),
        };
    }

    private static AssessmentResponse ToResponse(AssessmentView view) =>
        new(view.Id, view.CaseFileId, view.FileNumber, view.Status, view.Scores.ToStorageString(), view.RuleSetNumber, view.Result, view.Version);

    private static ProblemHttpResult Problem(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.Conflict => TypedResults.Problem(title: "The assessment was changed by someone else", detail: "Read it again and retry.", statusCode: StatusCodes.Status409Conflict),
        AssessmentOutcome.AlreadySubmitted => TypedResults.Problem(title: "The assessment has been submitted", detail: "Start a reassessment instead.", statusCode: StatusCodes.Status409Conflict),
        AssessmentOutcome.CaseFileNotActive => TypedResults.Problem(title: "The case file is not active", statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound),
    };
}
