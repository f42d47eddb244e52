using System.Security.Claims;
using Charity.Marketplace.Candidates;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Visits;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Charity.Portal.Blazor.Referrals;

/// <summary>
/// Candidates, referrals and visits over the API with the rules of the loop: a provider reads only anonymised needs
/// and reaches the household's contact only after accepting (logged); every refusal is a problem details document.
/// </summary>
internal static class ReferralEndpoints
{
    public sealed record Proposal(Guid NeedId, Guid OfferId);

    public sealed record Step(Guid Version);

    public sealed record Decline(DeclineReason Reason, string? Note, Guid Version);

    public sealed record Schedule(DateTimeOffset FirstVisit, Guid Version);

    public sealed record Completion(int Satisfaction, Guid Version);

    public sealed record Cancellation(string Reason, Guid Version);

    public sealed record VisitQuery(string Query, Guid Version);

    public static IEndpointRouteBuilder MapReferralEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Referrals").RequireRateLimiting(RateLimiting.ApiPolicy)
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
        api.MapGet("/needs/{id:guid}/candidates", CandidatesAsync);
        api.MapGet("/referrals", ListAsync);
        api.MapPost("/referrals", ProposeAsync);
        api.MapPost("/referrals/{id:guid}/accept", (Guid id, Step step, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct) =>
            Run(user, party => commands.AcceptAsync(party, id, step.Version, ct)));
        api.MapPost("/referrals/{id:guid}/decline", (Guid id, Decline decline, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct) =>
            Run(user, party => commands.DeclineAsync(party, id, decline.Reason, decline.Note, decline.Version, ct)));
        api.MapPost("/referrals/{id:guid}/schedule", (Guid id, Schedule schedule, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct) =>
            Run(user, party => commands.ScheduleAsync(party, id, schedule.FirstVisit, schedule.Version, ct)));
        api.MapPost("/referrals/{id:guid}/complete", (Guid id, Completion completion, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct) =>
            Run(user, party => commands.CompleteAsync(party, id, completion.Satisfaction, completion.Version, ct)));
        api.MapPost("/referrals/{id:guid}/close", (Guid id, Step step, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct) =>
            Run(user, party => commands.CloseAsync(party, id, step.Version, ct)));
        api.MapPost("/referrals/{id:guid}/cancel", (Guid id, Cancellation cancellation, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct) =>
            Run(user, party => commands.CancelAsync(party, id, cancellation.Reason, cancellation.Version, ct)));
        api.MapGet("/referrals/{id:guid}/contact", ContactAsync);
        api.MapGet("/referrals/{id:guid}/visits", VisitsAsync);
        api.MapPost("/referrals/{id:guid}/visits", (Guid id, VisitDraft visit, ClaimsPrincipal user, VisitCommands visits, CancellationToken ct) =>
            Run(user, party => visits.LogAsync(party, id, visit with { VolunteerIds = visit.VolunteerIds ?? [] }, ct)));
        api.MapPost("/visits/{id:guid}/confirm", (Guid id, Step step, ClaimsPrincipal user, VisitCommands visits, CancellationToken ct) =>
            Run(user, party => visits.ConfirmAsync(party, id, step.Version, ct)));
        api.MapPost("/visits/{id:guid}/query", (Guid id, VisitQuery query, ClaimsPrincipal user, VisitCommands visits, CancellationToken ct) =>
            Run(user, party => visits.QueryAsync(party, id, query.Query, query.Version, ct)));
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<OfferCandidateView>>, ProblemHttpResult>> CandidatesAsync(Guid id, int? count, ClaimsPrincipal user, CandidateFinder finder, CancellationToken cancellationToken) =>
        ReferralPartyOf.User(user) is { Actor: ReferralActor.Caseworker } party
            ? TypedResults.Ok(await finder.ForNeedAsync(party, id, Math.Clamp(count ?? CandidateFinder.DefaultCount, 1, 50), cancellationToken))
            : Forbidden();

    /// <summary>The provider's inbox (anonymised needs only) or the station's board, as the caller's role decides.</summary>
    private static async Task<IResult> ListAsync(ReferralStatus? status, int? page, int? pageSize, ClaimsPrincipal user, ReferralQueries queries, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 200);
        var index = Math.Max(page ?? 0, 0);
        return ReferralPartyOf.User(user) switch
        {
            { Actor: ReferralActor.Provider } provider => TypedResults.Ok(await queries.InboxAsync(provider, status, index, size, cancellationToken)),
            { } station => TypedResults.Ok(await queries.BoardAsync(station, status, index, size, cancellationToken)),
            null => Forbidden(),
        };
    }

    private static async Task<IResult> ProposeAsync(Proposal proposal, ClaimsPrincipal user, ReferralCommands commands, CancellationToken cancellationToken)
    {
        if (ReferralPartyOf.User(user) is not { } party)
        {
            return Forbidden();
        }

        var result = await commands.ProposeAsync(party, proposal.NeedId, proposal.OfferId, cancellationToken);
        return result.Outcome == ReferralOutcome.Done ? TypedResults.Created($"/api/v1/referrals/{result.Id}") : Problem(result);
    }

    private static async Task<Results<Ok<HouseholdContact>, ProblemHttpResult>> ContactAsync(Guid id, ClaimsPrincipal user, ReferralContacts contacts, CancellationToken cancellationToken) =>
        ReferralPartyOf.User(user) is { } party && await contacts.RevealAsync(party, id, cancellationToken) is { } contact
            ? TypedResults.Ok(contact)
            : TypedResults.Problem(
                title: "No contact details for this referral",
                detail: "Contact details are given only to the provider that accepted the referral, while it is underway.",
                statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<IReadOnlyList<VisitRow>>, ProblemHttpResult>> VisitsAsync(Guid id, ClaimsPrincipal user, ReferralQueries queries, CancellationToken cancellationToken) =>
        ReferralPartyOf.User(user) is { } party ? TypedResults.Ok(await queries.VisitsAsync(party, id, cancellationToken)) : Forbidden();

    private static async Task<IResult> Run(ClaimsPrincipal user, Func<ReferralParty, Task<ReferralResult>> command)
    {
        if (ReferralPartyOf.User(user) is not { } party)
        {
            return Forbidden();
        }

        var result = await command(party);
        return result.Outcome == ReferralOutcome.Done ? TypedResults.NoContent() : Problem(result);
    }

    private static IResult Problem(ReferralResult result) => result.Outcome switch
    {
        ReferralOutcome.NotFound => TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound),
        ReferralOutcome.Conflict => TypedResults.Problem(
            title: "Changed by someone else", detail: "Nothing was saved. Fetch it again and decide on its new version.", statusCode: StatusCodes.Status409Conflict),
        ReferralOutcome.NotAllowed => TypedResults.Problem(
            title: "Not allowed in this state", detail: "Your role cannot take this step from the referral's current state.", statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [result.Problem?.Field ?? string.Empty] = [result.Problem?.Code.ToString() ?? "Invalid"] },
            title: "Nothing was saved"),
    };

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(title: "Not part of the referral loop", detail: "Only caseworkers, the bureau and provider staff take part in referrals.", statusCode: StatusCodes.Status403Forbidden);
}
