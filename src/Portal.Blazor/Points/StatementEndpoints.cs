using System.Security.Claims;
using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Points.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Points;

/// <summary>The monthly statement of the signed-in volunteer, or of the staff's organisation, as an Excel download, for the statement page's link (cookie sign-in).</summary>
internal static class StatementEndpoints
{
    public const string DownloadPath = "/points/statement.xlsx";

    public static IEndpointRouteBuilder MapStatementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(DownloadPath, DownloadAsync).RequireAuthorization(policy => policy.RequireRole(PortalRoles.Volunteer, PortalRoles.ProviderStaff)).ExcludeFromDescription();
        return app;
    }

    /// <summary>The link to the download of <paramref name="month"/>.</summary>
    public static string DownloadLink(StatementMonth month) => $"{DownloadPath}?month={month}";

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        string? month, ClaimsPrincipal user, OwnPointsAccount ownAccount, LedgerReports reports, IStringLocalizer<SharedResource> localizer,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await ownAccount.FindAsync(user, cancellationToken) is not { } account)
        {
            return TypedResults.NotFound();
        }

        var statementMonth = StatementMonth.FromQuery(month, clock);
        var statement = await reports.GetMonthlyStatementAsync(account.Id, statementMonth.Year, statementMonth.Month, ChinaCalendar.TimeZone, cancellationToken);
        var layout = StatementComposer.Compose(statement, localizer);
        var workbook = await StatementWorkbook.WriteAsync(layout, localizer["Statement.TotalsSheet"], localizer["Statement.LinesSheet"], cancellationToken);
        return TypedResults.File(workbook, StatementWorkbook.ContentType, $"statement-{statementMonth}.xlsx");
    }
}
