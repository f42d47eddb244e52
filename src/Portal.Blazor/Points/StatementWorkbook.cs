using MiniExcelLibs;

namespace Charity.Portal.Blazor.Points;

/// <summary>Writes a laid-out statement as an Excel workbook: one sheet of totals, one of lines, headed in the reader's language.</summary>
internal static class StatementWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> WriteAsync(StatementLayout layout, string totalsSheet, string linesSheet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var headers = layout.Headers;
        var totals = layout.Totals.Select(t => new Dictionary<string, object> { [headers.Item] = t.Label, [headers.Points] = t.Points }).ToList();
        var lines = layout.Lines.Select(l => new Dictionary<string, object>
        {
            [headers.Date] = l.At,
            [headers.Kind] = l.Kind,
            [headers.Description] = l.Description,
            [headers.Amount] = l.Amount,
            [headers.BalanceAfter] = l.BalanceAfter,
        }).ToList();
        var sheets = new Dictionary<string, object> { [totalsSheet] = totals, [linesSheet] = lines };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
