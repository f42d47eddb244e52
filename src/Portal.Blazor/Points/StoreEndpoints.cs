using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Rewards.Supermarket;
using Charity.Points.Store;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Charity.Portal.Blazor.Points;

/// <summary>
/// The points supermarket over the API: its items for anyone signed in, orders for volunteers, orders for households
/// by their caseworkers, pick-ups for the stations' caseworkers. Refusals are problem details; an order's request id
/// makes a retry place it once.
/// </summary>
internal static class StoreEndpoints
{
    private const int DefaultPageSize = 50;

    public sealed record NewOrder(Guid ItemId, int Quantity, Guid RequestId);

    public sealed record Cancellation(string Reason);

    public static IEndpointRouteBuilder MapStoreEndpoints(this IEndpointRouteBuilder app)
    {
        var store = app.MapGroup("/api/v1/store").WithTags("Points supermarket").RequireRateLimiting(RateLimiting.ApiPolicy);
        store.MapGet("/items", (int? page, int? pageSize, string? search, SupermarketShelves shelves, CancellationToken ct) =>
                shelves.ListAsync(includeWithdrawn: false, sponsorId: null, page ?? 0, pageSize ?? DefaultPageSize, nameContains: search, cancellationToken: ct))
            .RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.Volunteer, PortalRoles.Caseworker, PortalRoles.ProviderStaff, PortalRoles.Admin));
        var volunteer = store.MapGroup("/orders").RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.Volunteer));
        volunteer.MapGet("/", MyOrdersAsync);
        volunteer.MapPost("/", PlaceAsync);
        volunteer.MapPost("/{id:guid}/cancel", CancelMineAsync);
        var household = store.MapGroup("/households/{caseFileId:guid}/orders").RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.Caseworker, PortalRoles.Admin));
        household.MapGet("/", (Guid caseFileId, int? page, int? pageSize, ClaimsPrincipal user, SupermarketOrders orders, CancellationToken ct) =>
            orders.OfHouseholdAsync(CaseAccessOf.User(user), caseFileId, page ?? 0, pageSize ?? DefaultPageSize, ct));
        household.MapPost("/", PlaceForHouseholdAsync);
        var station = store.MapGroup("/pickups").RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.Caseworker));
        station.MapGet("/", PickupsAsync);
        station.MapPost("/{id:guid}/collect", (Guid id, ClaimsPrincipal user, SupermarketOrders orders, CancellationToken ct) =>
            RunAsync(() => orders.MarkCollectedAsync(CaseAccessOf.User(user), id, ct)));
        station.MapPost("/{id:guid}/cancel", (Guid id, Cancellation cancellation, ClaimsPrincipal user, SupermarketOrders orders, CancellationToken ct) =>
            orders.ProblemWithReason(cancellation.Reason) is { } problem
                ? Task.FromResult<IResult>(InvalidReason(problem))
                : RunAsync(() => orders.CancelAtStationAsync(CaseAccessOf.User(user), id, cancellation.Reason, ct)));
        return app;
    }

    private static async Task<IResult> MyOrdersAsync(
        int? page, int? pageSize, ClaimsPrincipal user, SignedInVolunteer volunteers, SupermarketOrders orders, CancellationToken cancellationToken) =>
        await volunteers.IdOfAsync(user, cancellationToken) is { } volunteerId
            ? TypedResults.Ok(await orders.OfVolunteerAsync(volunteerId, page ?? 0, pageSize ?? DefaultPageSize, cancellationToken))
            : ApiProblems.NoVolunteerProfile();

    private static async Task<IResult> PlaceAsync(NewOrder order, ClaimsPrincipal user, SignedInVolunteer volunteers, SupermarketOrders orders, CancellationToken cancellationToken)
    {
        if (await volunteers.IdOfAsync(user, cancellationToken) is not { } volunteerId)
        {
            return ApiProblems.NoVolunteerProfile();
        }

        return Placed(await orders.PlaceForVolunteerAsync(volunteerId, order.ItemId, order.Quantity, order.RequestId, cancellationToken));
    }

    /// <summary>A caseworker orders for a household of their station, from its points; another station's household is not found.</summary>
    private static async Task<IResult> PlaceForHouseholdAsync(
        Guid caseFileId, NewOrder order, ClaimsPrincipal user, SupermarketOrders orders, CancellationToken cancellationToken) =>
        Placed(await orders.PlaceForHouseholdAsync(CaseAccessOf.User(user), caseFileId, order.ItemId, order.Quantity, order.RequestId, cancellationToken));

    private static IResult Placed(StoreOrderResult result) => result.Outcome switch
    {
        StoreOrderOutcome.Placed => TypedResults.Created($"/api/v1/store/orders/{result.Order!.Id}", result.Order),
        StoreOrderOutcome.AlreadyPlaced => TypedResults.Ok(result.Order),
        _ => Problem(result.Outcome),
    };

    private static async Task<IResult> CancelMineAsync(Guid id, Cancellation cancellation, ClaimsPrincipal user, SignedInVolunteer volunteers, SupermarketOrders orders, CancellationToken cancellationToken)
    {
        if (orders.ProblemWithReason(cancellation.Reason) is { } problem)
        {
            return InvalidReason(problem);
        }

        return await volunteers.IdOfAsync(user, cancellationToken) is { } volunteerId
            ? await RunAsync(() => orders.CancelForVolunteerAsync(volunteerId, id, cancellation.Reason, cancellationToken))
            : ApiProblems.NoVolunteerProfile();
    }

    private static async Task<IResult> PickupsAsync(
        StoreOrderStatus? status, int? page, int? pageSize, ClaimsPrincipal user, SupermarketOrders orders, CancellationToken cancellationToken) =>
        PortalClaims.StationOf(user) is { } stationId
            ? TypedResults.Ok(await orders.AtStationAsync(stationId, status ?? StoreOrderStatus.Placed, page ?? 0, pageSize ?? DefaultPageSize, cancellationToken))
            : TypedResults.Problem(title: "No station", detail: "This account belongs to no station.", statusCode: StatusCodes.Status403Forbidden);

    private static async Task<IResult> RunAsync(Func<Task<StoreOrderResult>> command)
    {
        var result = await command();
        return result.Outcome is StoreOrderOutcome.Cancelled or StoreOrderOutcome.Collected ? TypedResults.Ok(result.Order) : Problem(result.Outcome);
    }

    private static IResult Problem(StoreOrderOutcome outcome) => outcome switch
    {
        StoreOrderOutcome.NotFound => TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound),
        StoreOrderOutcome.OutOfStock => Conflict("Out of stock", "Fewer are left than ordered; nothing was taken."),
        StoreOrderOutcome.Unavailable => Conflict("Not on offer", "The item was withdrawn."),
        StoreOrderOutcome.InsufficientFunds => Conflict("Not enough points", "The order costs more points than the account holds; nothing was taken."),
        StoreOrderOutcome.NotPlaced => Conflict("Not waiting for pick-up", "The order was collected or cancelled already."),
        _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["quantity"] = ["Invalid"] }, title: "Not saved: a value is not valid"),
    };

    private static ValidationProblem InvalidReason(LocalizedText problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [problem.EnUs, problem.ZhCn] }, title: "Not saved: a value is not valid");

    private static ProblemHttpResult Conflict(string title, string detail) => TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);
}
