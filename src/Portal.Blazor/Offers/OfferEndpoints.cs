using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Offers;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Charity.Portal.Blazor.Offers;

/// <summary>
/// Offers over the API in an HSDS-3-like shape. Anyone may read what is public (a provider's or the bureau's bearer
/// token also shows what they manage); only staff of the owning organisation write. Errors are problem details.
/// </summary>
internal static class OfferEndpoints
{
    public sealed record OfferUpdate(OfferDraft Offer, Guid Version);

    public sealed record HsdsPage(IReadOnlyList<HsdsOffer> Contents, int TotalItems, int PageNumber, int Size);

    public static IEndpointRouteBuilder MapOfferEndpoints(this IEndpointRouteBuilder app)
    {
        var offers = app.MapGroup("/api/v1/offers").WithTags("Offers").RequireRateLimiting(RateLimiting.ApiPolicy);
        offers.MapGet("/", ListAsync).AllowAnonymous();
        offers.MapGet("/{id:guid}", GetAsync).AllowAnonymous();
        var staff = offers.MapGroup(string.Empty).RequireAuthorization(policy => policy
            .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
            .RequireRole(PortalRoles.ProviderStaff));
        staff.MapPost("/", CreateAsync);
        staff.MapPut("/{id:guid}", UpdateAsync);
        return app;
    }

    private static async Task<Ok<HsdsPage>> ListAsync(
        HttpContext http, OfferDirectory directory, string? category, Guid? district, string? item, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, OfferDirectory.MaxPageSize);
        var number = Math.Max(page ?? 0, 0);
        var result = await directory.SearchAsync(await CallerAsync(http), new OfferFilter(category, district, item), number, size, cancellationToken);
        return TypedResults.Ok(new HsdsPage([.. result.Rows.Select(HsdsOffer.From)], result.TotalCount, number, size));
    }

    private static async Task<Results<Ok<HsdsOffer>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, OfferDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindAsync(await CallerAsync(http), id, cancellationToken) is { } offer ? TypedResults.Ok(HsdsOffer.From(offer)) : NotFound();

    private static async Task<Results<Created<HsdsOffer>, ValidationProblem>> CreateAsync(
        OfferDraft offer, ClaimsPrincipal user, OfferService offers, OfferDirectory directory, CancellationToken cancellationToken)
    {
        var access = OfferAccessOf.User(user);
        var result = await offers.CreateAsync(access, Normalised(offer), cancellationToken);
        if (result.Outcome != OfferOutcome.Done)
        {
            return Invalid(result);
        }

        var created = await directory.FindAsync(access, result.Id!.Value, cancellationToken);
        return TypedResults.Created($"/api/v1/offers/{result.Id}", HsdsOffer.From(created!));
    }

    private static async Task<Results<Ok<HsdsOffer>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, OfferUpdate update, ClaimsPrincipal user, OfferService offers, OfferDirectory directory, CancellationToken cancellationToken)
    {
        if (update.Offer is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(OfferUpdate.Offer)] = ["Required"] });
        }

        var access = OfferAccessOf.User(user);
        var result = await offers.UpdateAsync(access, id, Normalised(update.Offer), update.Version, cancellationToken);
        return result.Outcome switch
        {
            OfferOutcome.Done => TypedResults.Ok(HsdsOffer.From((await directory.FindAsync(access, id, cancellationToken))!)),
            OfferOutcome.NotFound => NotFound(),
            OfferOutcome.Forbidden => TypedResults.Problem(title: "The offer belongs to another organisation", statusCode: StatusCodes.Status403Forbidden),
            OfferOutcome.Conflict => TypedResults.Problem(
                title: "The offer was changed by someone else", detail: "Nothing was saved. Fetch the offer again and apply your change to its new version.",
                statusCode: StatusCodes.Status409Conflict),
            _ => Invalid(result),
        };
    }

    /// <summary>The caller as a bearer token names them, or the public; the page cookie is not used by the API.</summary>
    private static async Task<OfferAccess> CallerAsync(HttpContext http)
    {
        var bearer = await http.AuthenticateAsync(IdentityConstants.BearerScheme);
        return bearer.Succeeded ? OfferAccessOf.User(bearer.Principal) : OfferAccess.Public;
    }

    /// <summary>A JSON body may leave out lists; they mean "everyone".</summary>
    private static OfferDraft Normalised(OfferDraft draft) => draft with { EligibleCategories = draft.EligibleCategories ?? [] };

    private static ProblemHttpResult NotFound() => TypedResults.Problem(title: "Offer not found", statusCode: StatusCodes.Status404NotFound);

    private static ValidationProblem Invalid(OfferResult result) =>
        TypedResults.ValidationProblem(
            (result.Problems ?? []).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Code.ToString()).ToArray()),
            title: "The offer was not saved");
}
