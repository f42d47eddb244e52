using System.Security.Claims;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Rewards;
using Charity.Points.Expiry;
using Charity.Points.Reports;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Charity.Portal.Blazor.Points;

/// <summary>
/// Sea-shell points over the API: a volunteer's balance, history and gifts; an organisation's balance; a household's
/// balance and public-benefit work for its station; the bureau's budgets. Refusals are problem details.
/// </summary>
internal static class PointsEndpoints
{
    private const int DaysAhead = 60;

    public sealed record Balance(Guid? AccountId, long Points, IReadOnlyList<ExpiringMonth> ExpiringSoon);

    public sealed record Gift(Guid StationId, long Points, Guid RequestId);

    public sealed record NewBudget(string Name, string Sponsor);

    public sealed record Funding(long Points, Guid RequestId);

    public static IEndpointRouteBuilder MapPointsEndpoints(this IEndpointRouteBuilder app)
    {
        var points = app.MapGroup("/api/v1/points").WithTags("Points").RequireRateLimiting(RateLimiting.ApiPolicy);
        var volunteer = points.MapGroup("/me").RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.Volunteer));
        volunteer.MapGet("/", MyBalanceAsync);
        volunteer.MapGet("/history", MyHistoryAsync);
        volunteer.MapPost("/gifts", GiveAsync);
        points.MapGet("/organisation", OrganisationBalanceAsync).RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.ProviderStaff));
        var households = points.MapGroup("/households/{caseFileId:guid}").RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.Caseworker, PortalRoles.Admin));
        households.MapGet("/", HouseholdBalanceAsync);
        households.MapPost("/work", LogWorkAsync);
        var budgets = points.MapGroup("/budgets").RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.Admin));
        budgets.MapGet("/", (RewardBudgets all, CancellationToken ct) => all.ListAsync(ct));
        budgets.MapPost("/", CreateBudgetAsync);
        budgets.MapPost("/{id:guid}/fundings", FundAsync);
        return app;
    }

    private static async Task<IResult> MyBalanceAsync(ClaimsPrincipal user, SignedInVolunteer volunteers, RewardAccounts accounts, RewardRulesService rules, PointsExpiry expiry, CancellationToken cancellationToken)
    {
        if (await volunteers.IdOfAsync(user, cancellationToken) is not { } volunteerId)
        {
            return ApiProblems.NoVolunteerProfile();
        }

        if (await accounts.FindVolunteerAsync(volunteerId, cancellationToken) is not { } account)
        {
            return TypedResults.Ok(new Balance(null, 0, []));
        }

        var lifetime = (await rules.CurrentAsync(cancellationToken)).Rules.ExpiryMonths;
        var expiring = await expiry.ExpiringSoonAsync(account.Id, lifetime, DaysAhead, ChinaCalendar.TimeZone, cancellationToken);
        return TypedResults.Ok(new Balance(account.Id, account.Balance, expiring));
    }

    private static async Task<IResult> MyHistoryAsync(
        EntryDirection? direction, string? kind, DateTimeOffset? from, DateTimeOffset? until, int? page, int? pageSize,
        ClaimsPrincipal user, SignedInVolunteer volunteers, RewardAccounts accounts, LedgerReports reports, CancellationToken cancellationToken)
    {
        if (await volunteers.IdOfAsync(user, cancellationToken) is not { } volunteerId)
        {
            return ApiProblems.NoVolunteerProfile();
        }

        var size = Math.Clamp(pageSize ?? 50, 1, 200);
        var account = await accounts.FindVolunteerAsync(volunteerId, cancellationToken);
        return TypedResults.Ok(account is null
            ? new HistoryPage([], 0)
            : await reports.GetHistoryAsync(account.Id, new HistoryFilter(from, until, direction ?? EntryDirection.All, kind), Math.Max(page ?? 0, 0) * size, size, cancellationToken));
    }

    private static async Task<IResult> GiveAsync(Gift gift, ClaimsPrincipal user, SignedInVolunteer volunteers, PointsGifts gifts, CancellationToken cancellationToken) =>
        await volunteers.IdOfAsync(user, cancellationToken) is { } volunteerId
            ? Outcome(await gifts.GiveToStationAsync(volunteerId, gift.StationId, gift.Points, gift.RequestId, cancellationToken))
            : ApiProblems.NoVolunteerProfile();

    private static async Task<IResult> OrganisationBalanceAsync(ClaimsPrincipal user, RewardAccounts accounts, CancellationToken cancellationToken)
    {
        if (PortalClaims.OrganisationOf(user) is not { } organisation)
        {
            return ApiProblems.NoOrganisation();
        }

        var account = await accounts.FindOrganisationAsync(organisation, cancellationToken);
        return TypedResults.Ok(new Balance(account?.Id, account?.Balance ?? 0, []));
    }

    private static async Task<IResult> HouseholdBalanceAsync(Guid caseFileId, ClaimsPrincipal user, HouseholdRewards households, CancellationToken cancellationToken) =>
        await households.BalanceAsync(CaseAccessOf.User(user), caseFileId, cancellationToken) is { } balance
            ? TypedResults.Ok(new Balance(null, balance, []))
            : NotFound();

    private static async Task<IResult> LogWorkAsync(Guid caseFileId, HouseholdWork work, ClaimsPrincipal user, HouseholdRewards households, CancellationToken cancellationToken) =>
        Outcome(await households.LogWorkAsync(CaseAccessOf.User(user), caseFileId, work with { Activity = work.Activity ?? string.Empty }, cancellationToken));

    private static async Task<IResult> CreateBudgetAsync(NewBudget budget, ClaimsPrincipal user, RewardBudgets budgets, CancellationToken cancellationToken)
    {
        var result = await budgets.CreateAsync(budget.Name, budget.Sponsor, user.Identity?.Name ?? string.Empty, cancellationToken);
        return result.Outcome == RewardOutcome.Done ? TypedResults.Created($"/api/v1/points/budgets/{result.Id}") : Problem(result);
    }

    private static async Task<IResult> FundAsync(Guid id, Funding funding, RewardBudgets budgets, CancellationToken cancellationToken) =>
        Outcome(await budgets.FundAsync(id, funding.Points, funding.RequestId, cancellationToken));

    private static IResult Outcome(RewardResult result) =>
        result.Outcome == RewardOutcome.Done ? TypedResults.Ok(new { transactionId = result.Id }) : Problem(result);

    /// <summary>The problem details of a refused points command; messages are given in both languages.</summary>
    internal static IResult Problem(RewardResult result) => result.Outcome switch
    {
        RewardOutcome.NotFound => NotFound(),
        RewardOutcome.Conflict => TypedResults.Problem(
            title: "Changed by someone else", detail: "Nothing was saved. Fetch it again and decide on its new version.", statusCode: StatusCodes.Status409Conflict),
        RewardOutcome.InsufficientPoints => TypedResults.Problem(
            title: "Not enough points", detail: "The account the points come from holds fewer than this needs; nothing was moved.", statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [result.Problem?.Field ?? string.Empty] = [result.Problem?.Message.EnUs ?? "Invalid", result.Problem?.Message.ZhCn ?? "无效"] },
            title: "Not saved: a value is not valid"),
    };

    private static ProblemHttpResult NotFound() => TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound);
}
