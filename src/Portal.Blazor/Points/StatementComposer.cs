using System.Globalization;
using Charity.Marketplace;
using Charity.Points.Reports;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Points;

/// <summary>Lays out a monthly statement in the reader's language, the same for the statement page and its Excel download.</summary>
internal static class StatementComposer
{
    public static StatementLayout Compose(MonthlyStatement statement, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(localizer);
        var month = new DateOnly(statement.Year, statement.Month, 1).ToString("Y", CultureInfo.CurrentCulture);
        var headers = new StatementHeaders(
            localizer["Statement.Item"], localizer["Points.Points"], localizer["Points.Date"], localizer["Points.Kind"],
            localizer["Points.Description"], localizer["Points.Amount"], localizer["Points.BalanceAfter"]);
        StatementTotal[] totals =
        [
            new(localizer["Statement.Opening"], statement.OpeningBalance),
            new(localizer["Statement.Credits"], statement.Credits),
            new(localizer["Statement.Debits"], statement.Debits),
            new(localizer["Statement.Closing"], statement.ClosingBalance),
        ];
        var lines = statement.Entries
            .Select(e => new StatementLine(
                e.CreatedAt.ToOffset(ChinaCalendar.Offset).DateTime, PointsKindLabels.Label(localizer, e.Reference.Kind), e.Description, e.Amount, e.BalanceAfter))
            .ToList();
        return new StatementLayout(localizer["Statement.Heading", month], headers, totals, lines);
    }
}
