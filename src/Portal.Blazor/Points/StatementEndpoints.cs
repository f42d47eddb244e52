using System.Security.Claims;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Points.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Points;

/// <summary>
/// The monthly statement as an Excel download, for the statement page's link (cookie sign-in): of the reader's own
/// points, of a budget or of a household, on the terms of <see cref="StatementSubjects"/>; any other is not found.
/// </summary>
internal static class StatementEndpoints
{
    public const string DownloadPath = "/points/statement.xlsx";

    public static IEndpointRouteBuilder MapStatementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(DownloadPath, DownloadAsync)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Volunteer, PortalRoles.ProviderStaff, PortalRoles.Caseworker, PortalRoles.Admin))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The link to the download of <paramref name="month"/> of <paramref name="owner"/>'s statement.</summary>
    public static string DownloadLink(StatementMonth month, StatementOwner owner) => $"{DownloadPath}?month={month}{owner.Query}";

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        string? month, Guid? budget, Guid? household, ClaimsPrincipal user, StatementSubjects subjects, LedgerReports reports,
        IStringLocalizer<SharedResource> localizer, TimeProvider clock, CancellationToken cancellationToken)
    {
        if ((await subjects.FindAsync(user, new StatementOwner(budget, household), cancellationToken))?.AccountId is not { } accountId)
        {
            return TypedResults.NotFound();
        }

        var statementMonth = StatementMonth.FromQuery(month, clock);
        var statement = await reports.GetMonthlyStatementAsync(accountId, statementMonth.Year, statementMonth.Month, ChinaCalendar.TimeZone, cancellationToken);
        var layout = StatementComposer.Compose(statement, localizer);
        var workbook = await StatementWorkbook.WriteAsync(layout, localizer["Statement.TotalsSheet"], localizer["Statement.LinesSheet"], cancellationToken);
        return TypedResults.File(workbook, StatementWorkbook.ContentType, $"statement-{statementMonth}.xlsx");
    }
}
